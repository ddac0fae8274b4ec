import Companion
import Foundation
import Neural

/// The checks of the book's problems and of MMDS §13.4's exercises: each compares the answer
/// with the core's `Conv1d`, `Conv2d` and `Pooling` on the book's settings and on random inputs.
extension ConvolutionalNetworks {
    /// A signal and a kernel drawn from a standard normal (kernels asymmetric, so that a flipped
    /// kernel shows).
    static func randomCase(seed: UInt32, length: Int, kernel: Int) -> (x: [Double], kernel: [Double]) {
        var random = NumPyRandomState(seed: seed)
        return (random.normal(count: length), random.normal(count: kernel))
    }

    static func checkCircular(_ answer: @Sendable ([Double], [Double]) throws -> [Double]) throws {
        for (seed, length, size) in [(1, 12, 3), (2, 9, 5), (3, 7, 3)] as [(UInt32, Int, Int)] {
            let (x, kernel) = randomCase(seed: seed, length: length, kernel: size)
            let got = try answer(x, kernel)
            try expectClose(
                got, Equivariance.convolve(x, kernel: kernel, circular: true), tolerance: 1e-9,
                "N = \(length), K = \(size): z against Conv1d on the wrapped signal")
            for shift in 1...3 {
                try expectClose(
                    try answer(Equivariance.translate(x, by: shift, circular: true), kernel),
                    Equivariance.translate(got, by: shift, circular: true), tolerance: 1e-9,
                    "N = \(length), K = \(size), shift \(shift): f[t[x]] against t[f[x]]")
            }
        }
    }

    static func checkMismatch(_ answer: @Sendable (Int, Int, Int) throws -> [Int]) throws {
        for (length, size, shift) in [(12, 3, 2), (12, 5, 3), (20, 7, 1), (9, 3, 4), (10, 3, 1), (8, 5, 6)] {
            let (x, kernel) = randomCase(seed: UInt32(length * 100 + size * 10 + shift), length: length, kernel: size)
            let shifted = Convolution1D.throughCore(
                Equivariance.translate(x, by: shift, circular: false), kernel: kernel)
            let convolved = Equivariance.translate(
                Convolution1D.throughCore(x, kernel: kernel), by: shift, circular: false)
            let measured = x.indices.filter { abs(shifted[$0] - convolved[$0]) > 1e-9 }
            try expectEqual(
                try answer(length, size, shift), measured,
                "positions where f[t[x]] ≠ t[f[x]] for N = \(length), K = \(size), shift \(shift)")
        }
    }

    /// The inputs (book numbering) each tap of each output reads, from the core's matrix with
    /// the weights numbered 1…K; a tap on padding reads nothing (nil).
    static func measuredInputs(inputs n: Int, kernel: Int, stride: Int, dilation: Int) -> [[Int?]] {
        let m = numberedMatrix(
            inputs: n, kernel: kernel, stride: stride, dilation: dilation,
            padding: .zeros(dilation * (kernel / 2)))
        return (0..<m.rows).map { r in
            (1...kernel).map { tap in (0..<n).first { m[r, $0] == Double(tap) }.map { $0 + 1 } }
        }
    }

    /// Every output's taps against the core's layer; a tap that falls on padding must name an
    /// index outside 1…N.
    static func checkInputs(
        _ answer: (Int) throws -> [Int], kernel: Int, stride: Int, dilation: Int, what: String
    ) throws {
        let n = 16
        for (r, taps) in measuredInputs(inputs: n, kernel: kernel, stride: stride, dilation: dilation).enumerated() {
            let got = try answer(r + 1)
            try expectEqual(got.count, kernel, "\(what): number of inputs of z_\(r + 1)")
            for (j, expected) in taps.enumerated() {
                if let expected {
                    try expectEqual(got[j], expected, "\(what): the input ω_\(j + 1) multiplies in z_\(r + 1)")
                } else {
                    try expectThat(
                        !(1...n).contains(got[j]),
                        "\(what): in z_\(r + 1), ω_\(j + 1) should fall on the padding (outside x_1…x_\(n)), "
                            + "not on x_\(got[j])")
                }
            }
        }
    }

    static func checkStrideTwo(_ answer: @Sendable (Int) throws -> [Int]) throws {
        try checkInputs(answer, kernel: 3, stride: 2, dilation: 1, what: "stride 2")
    }

    static func checkDilated(_ answer: @Sendable (Int) throws -> [Int]) throws {
        try checkInputs(answer, kernel: 3, stride: 1, dilation: 2, what: "dilation 2")
    }

    static func checkGeneralInputs(_ answer: @Sendable (Int, Int, Int, Int) throws -> [Int]) throws {
        for (kernel, stride, dilation) in [(5, 1, 1), (3, 2, 1), (3, 1, 2), (7, 3, 3), (5, 2, 3), (1, 1, 1)] {
            try checkInputs(
                { try answer($0, kernel, stride, dilation) }, kernel: kernel, stride: stride, dilation: dilation,
                what: "kernel \(kernel), stride \(stride), dilation \(dilation)")
        }
    }

    static func checkWeightMatrix(_ answer: @Sendable (Int, [Double], Int, Int) throws -> [[Double]]) throws {
        let cases = [(6, 3, 2, 1), (6, 5, 1, 1), (6, 3, 1, 2), (11, 3, 3, 2), (9, 7, 2, 1)]
        for (index, (n, size, stride, dilation)) in cases.enumerated() {
            let (x, kernel) = randomCase(seed: UInt32(20 + index), length: n, kernel: size)
            let what = "N = \(n), kernel \(size), stride \(stride), dilation \(dilation)"
            let got = try answer(n, kernel, stride, dilation)
            let expected = Convolution1D.matrix(inputs: n, kernel: kernel, stride: stride, dilation: dilation)
            try expectEqual(got.count, expected.rows, "\(what): rows of Ω")
            try expectThat(got.allSatisfy { $0.count == n }, "\(what): every row of Ω needs \(n) columns")
            try expectClose(got.flatMap { $0 }, expected.data, tolerance: 1e-12, "\(what): Ω against Conv1d's matrix")
            let product = got.map { row in zip(row, x).reduce(0.0) { $0 + $1.0 * $1.1 } }
            try expectClose(
                product, Convolution1D.byHand(x, kernel: kernel, stride: stride, dilation: dilation), tolerance: 1e-9,
                "\(what): Ω·x against the convolution")
        }
    }

    /// The side of the output of a 3 × 3 convolution on a square image, from the core's `Conv2d`,
    /// or 0 when the window no longer fits.
    static func coreSide(_ side: Int, stride: Int = 1, padding: Int = 0) -> Int {
        guard side + 2 * padding >= 3 else { return 0 }
        return Conv2d(1, 1, kernel: 3, stride: stride, padding: .zeros(padding))
            .outputShape(for: .image(height: side, width: side)).spatial[0]
    }

    static func coreLayersUntilEmpty(stride: Int) -> Int {
        var (side, layers) = (512, 0)
        repeat {
            side = coreSide(side, stride: stride)
            layers += 1
        } while side > 0
        return layers
    }

    static func checkMMDS1341(_ answer: @Sendable () throws -> [Int]) throws {
        let side = coreSide(512)
        let padding = (0...3).first { coreSide(512, padding: $0) == 512 }!
        try expectEqual(
            try answer(), [side * side, padding, coreLayersUntilEmpty(stride: 1)],
            "[responses, padding for a 512 × 512 output, layers until no output] (Conv2d: 512 → \(side))")
    }

    static func checkMMDS1342(_ answer: @Sendable () throws -> [Int]) throws {
        let side = coreSide(512, stride: 3)
        try expectEqual(
            try answer(), [side * side, coreLayersUntilEmpty(stride: 3)],
            "[responses, layers until no output] with stride 3 (Conv2d: 512 → \(side))")
    }

    static func checkPooling(_ answer: @Sendable (Int, Int, Int, Int, Int) throws -> Int) throws {
        // MMDS example 13.10 first: 224 × 224 × 64 pooled 2 × 2 gives 112 × 112 × 64.
        for (m, k, d, f, s) in [
            (224, 64, 3, 2, 2), (55, 96, 3, 3, 2), (7, 5, 9, 2, 2), (10, 1, 1, 3, 1), (9, 4, 2, 3, 3),
        ] {
            let expected = Pooling.max(f, stride: s).outputShape(for: .image(channels: k, height: m, width: m)).count
            try expectEqual(
                try answer(m, k, d, f, s), expected, "outputs for m = \(m), k = \(k), d = \(d), f = \(f), s = \(s)")
        }
    }

    static func checkFeatureFilter(_ answer: @Sendable (Int) throws -> (weights: [[Double]], bias: Double)) throws {
        for (feature, target) in MMDSFeatures.patterns.enumerated() {
            let name = MMDSFeatures.names[feature]
            let (weights, bias) = try answer(feature)
            try expectThat(
                weights.count == 3 && weights.allSatisfy { $0.count == 3 }, "\(name): the weights must be 3 × 3")
            for patch in MMDSFeatures.allPatches {
                var response = bias
                for r in 0..<3 { for c in 0..<3 { response += weights[r][c] * Double(patch[r][c]) } }
                let isFeature = patch == target
                try expectThat(
                    (response > 0) == isFeature,
                    "\(name): the response to \(patch) is \(Narrator.format(response, digits: 2)), "
                        + (isFeature ? "but should be positive (it is the feature)" : "but should not be positive"))
            }
        }
    }
}
