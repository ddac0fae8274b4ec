import Companion
import Foundation
import Neural

/// The checks of notebooks 10.1, 10.3 and 10.4: the notebooks' stated numbers first, then the
/// core's layers on random inputs.
extension ConvolutionalNetworks {
    /// A notebook 10.1 convolution: its sum on the notebook's signal (where the notebook states
    /// one, to its three significant digits), then the core's `Conv1d` on random signals.
    static func checkConvolution(
        _ answer: ([Double], [Double]) throws -> [Double], size: Int, stride: Int, dilation: Int,
        notebookSum: String?
    ) throws {
        let what = "kernel \(size), stride \(stride), dilation \(dilation)"
        let smoothing = [Double](repeating: size == 5 ? 0.2 : 0.33, count: size)
        let x = Convolution1D.signal
        let got = try answer(x, smoothing)
        try expectEqual(got.count, (x.count + stride - 1) / stride, "\(what): outputs for notebook 10.1's 12 samples")
        if let notebookSum {
            try expectEqual(
                Convolution1D.significant(got.reduce(0, +)), notebookSum,
                "\(what): sum of the output on notebook 10.1's signal, three significant digits")
        }
        for (seed, length) in [(5, 12), (6, 9), (7, 13)] as [(UInt32, Int)] {
            let (x, kernel) = randomCase(seed: seed, length: length, kernel: size)
            try expectClose(
                try answer(x, kernel),
                Convolution1D.throughCore(x, kernel: kernel, stride: stride, dilation: dilation), tolerance: 1e-9,
                "\(what), a random signal of \(length): against Conv1d")
        }
    }

    static func checkConvolve3(_ answer: @Sendable ([Double], [Double]) throws -> [Double]) throws {
        try checkConvolution(answer, size: 3, stride: 1, dilation: 1, notebookSum: "71.1")
    }

    static func checkConvolve3Stride2(_ answer: @Sendable ([Double], [Double]) throws -> [Double]) throws {
        try checkConvolution(answer, size: 3, stride: 2, dilation: 1, notebookSum: nil)
    }

    static func checkConvolve5(_ answer: @Sendable ([Double], [Double]) throws -> [Double]) throws {
        try checkConvolution(answer, size: 5, stride: 1, dilation: 1, notebookSum: "69.6")
    }

    static func checkConvolve3Dilation2(_ answer: @Sendable ([Double], [Double]) throws -> [Double]) throws {
        try checkConvolution(answer, size: 3, stride: 1, dilation: 2, notebookSum: "68.3")
    }

    static func checkMatrix3(_ answer: @Sendable (Int, [Double]) throws -> [[Double]]) throws {
        var cases = [(Convolution1D.signal, Convolution1D.matrixKernel)]
        cases.append(randomCase(seed: 8, length: 7, kernel: 3))
        for (x, kernel) in cases {
            let n = x.count
            let omega = try answer(n, kernel)
            try expectThat(
                omega.count == n && omega.allSatisfy { $0.count == n }, "Ω must be \(n) × \(n) for \(n) inputs")
            try expectClose(
                omega.map { row in zip(row, x).reduce(0.0) { $0 + $1.0 * $1.1 } },
                Convolution1D.throughCore(x, kernel: kernel), tolerance: 1e-9,
                "Ω·x against the convolution (\(n) inputs, ω = [\(kernel.map { Narrator.format($0, digits: 2) }.joined(separator: ", "))])"
            )
        }
    }

    static func checkTwice(_ answer: @Sendable ([Double]) throws -> [Double]) throws {
        for (seed, size, dilation) in [(9, 3, 1), (10, 3, 2), (11, 5, 1)] as [(UInt32, Int, Int)] {
            let (x, kernel) = randomCase(seed: seed, length: 30, kernel: size)
            let single = try answer(kernel)
            try expectEqual(single.count, 2 * size - 1, "length of the single kernel for K = \(size)")
            try expectThat(single.count % 2 == 1, "the single kernel must have an odd length")
            let twice = Convolution1D.byHand(
                Convolution1D.byHand(x, kernel: kernel, dilation: dilation), kernel: kernel, dilation: dilation)
            let once = Convolution1D.byHand(x, kernel: single, dilation: dilation)
            // Away from the ends, where zero padding of the intermediate signal changes nothing.
            let reach = 2 * (size / 2) * dilation
            let inside = Array(reach..<(x.count - reach))
            try expectClose(
                inside.map { once[$0] }, inside.map { twice[$0] }, tolerance: 1e-9,
                "K = \(size), dilation \(dilation): one convolution against two, away from the ends")
        }
    }

    static func checkConvolve2d(_ answer: @Sendable (Tensor4, Tensor4, Int) throws -> Tensor4) throws {
        typealias C = Convolution2D
        var cases: [(name: String, image: Tensor4, weights: Tensor4, stride: Int)] = C.notebookCases.map { c in
            let (image, weights) = C.draw(
                batch: c.batch, channels: c.channels, height: c.height, width: c.width, outChannels: c.outChannels)
            return ("notebook 10.3, " + c.name, image, weights, c.stride)
        }
        var random = NumPyRandomState(seed: 12)
        cases.append(
            (
                "a random 2 × 3 × 7 × 5 batch, 4 kernels of 5 × 5, stride 3",
                C.tensor(random.normal(count: 210), 2, 3, 7, 5), C.tensor(random.normal(count: 300), 4, 3, 5, 5), 3
            ))
        for c in cases {
            let expected = C.throughCore(c.image, weights: c.weights, stride: c.stride)
            let got = try answer(c.image, c.weights, c.stride)
            let shape = { (t: Tensor4) in
                [t.count, t.first?.count ?? 0, t.first?.first?.count ?? 0, t.first?.first?.first?.count ?? 0]
            }
            try expectEqual(shape(got), shape(expected), "\(c.name): output shape (B, C_out, H, W)")
            // Single precision, as the notebook accumulates, passes.
            try expectClose(C.flat(got), C.flat(expected), tolerance: 1e-5, "\(c.name): against Conv2d")
        }
    }

    /// A small image written for a message: "[[1, 3], [6, 2]]".
    static func describe(_ image: [[Double]]) -> String {
        let rows = image.map { row in
            "[" + row.map { Narrator.format($0, digits: $0 == $0.rounded() ? 0 : 2) }.joined(separator: ", ") + "]"
        }
        return "[" + rows.joined(separator: ", ") + "]"
    }

    /// Passes when the two images have the same size and every pixel agrees to `tolerance`;
    /// otherwise names the size or the first pixel that differs.
    static func expectImage(_ got: [[Double]], _ expected: [[Double]], tolerance: Double = 1e-12, _ what: String)
        throws
    {
        let size = { (x: [[Double]]) in "\(x.count) × \(x.first?.count ?? 0)" }
        try expectThat(
            got.count == expected.count && got.allSatisfy { $0.count == expected[0].count },
            "\(what): expected a \(size(expected)) image, got \(size(got))")
        for r in expected.indices {
            for c in expected[r].indices {
                try expectClose(got[r][c], expected[r][c], tolerance: tolerance, "\(what), pixel (\(r), \(c))")
            }
        }
    }

    /// An image operation on notebook 10.4's patch (against the value worked out from the
    /// notebook's definition) and on random images of odd and even sizes (against the core).
    static func checkImageOperation(
        _ answer: ([[Double]]) throws -> [[Double]], name: String, onPatch patch: [[Double]],
        expected: [[Double]], core: ([[Double]]) -> [[Double]]
    ) throws {
        try expectImage(try answer(patch), expected, "\(name) of notebook 10.4's patch \(describe(patch))")
        var random = NumPyRandomState(seed: 13)
        for (height, width) in [(5, 7), (6, 4), (3, 3)] {
            let image = (0..<height).map { _ in random.uniform(count: width) }
            try expectImage(try answer(image), core(image), "\(name) of a random \(height) × \(width) image")
        }
    }

    static func checkSubsample(_ answer: @Sendable ([[Double]]) throws -> [[Double]]) throws {
        try checkImageOperation(
            answer, name: "sub-sampling", onPatch: Resolution.patch, expected: [[1, 5], [4, 1]],
            core: Resolution.subsample)
    }

    static func checkMaxPool(_ answer: @Sendable ([[Double]]) throws -> [[Double]]) throws {
        try checkImageOperation(
            answer, name: "max pooling", onPatch: Resolution.patch, expected: Resolution.small, core: Resolution.maxPool
        )
    }

    static func checkMeanPool(_ answer: @Sendable ([[Double]]) throws -> [[Double]]) throws {
        try checkImageOperation(
            answer, name: "mean pooling", onPatch: Resolution.patch, expected: [[3, 4], [5, 2]],
            core: Resolution.meanPool)
    }

    static func checkDuplicate(_ answer: @Sendable ([[Double]]) throws -> [[Double]]) throws {
        try checkImageOperation(
            answer, name: "duplication", onPatch: Resolution.small,
            expected: [[6, 6, 8, 8], [6, 6, 8, 8], [8, 8, 4, 4], [8, 8, 4, 4]], core: Resolution.duplicate)
    }

    static func checkBilinear(_ answer: @Sendable ([[Double]]) throws -> [[Double]]) throws {
        try checkImageOperation(
            answer, name: "bilinear interpolation", onPatch: Resolution.small,
            expected: [[6, 7, 8, 4], [7, 6.5, 6, 3], [8, 6, 4, 2], [4, 3, 2, 1]], core: Resolution.bilinear)
    }

    static func checkMaxUnpool(_ answer: @Sendable ([[Double]], [[Double]]) throws -> [[Double]]) throws {
        try expectImage(
            try answer(Resolution.small, Resolution.patch),
            [[0, 0, 0, 0], [6, 0, 0, 8], [0, 0, 0, 4], [0, 8, 0, 0]],
            "max-unpooling notebook 10.4's 2 × 2 patch into its 4 × 4 patch")
        var random = NumPyRandomState(seed: 14)
        // Whole numbers from 0 to 3, so that blocks have ties.
        let reference = (0..<6).map { _ in (0..<8).map { _ in Double(random.randint(0, 4)) } }
        let x = (0..<3).map { _ in random.uniform(count: 4) }
        try expectImage(
            try answer(x, reference), maxUnpool(x, reference: reference),
            "max-unpooling a random 3 × 4 image into a 6 × 8 reference of whole numbers with ties (the first maximum in row order wins)"
        )
    }
}
