import Companion
import Foundation
import Neural

/// Checks of the notebook tasks (values from book-data's notebook sections) and of the
/// exercises from Mining of Massive Datasets §13.1 (truth tables over every input).
extension ShallowNetworks {
    /// Notebook 3.1's grid `arange(0, 1, 0.01)`.
    static let notebookGrid = (0..<100).map { Double($0) * 0.01 }

    static func checkShallow113(
        _ answer: @Sendable (Double, (Double) -> Double, [Double], [Double], Double, [Double]) throws -> Double
    ) throws {
        let steep = { (z: Double) in 1 / (1 + exp(-10 * z)) }
        let cases: [(String, ShallowNetwork, (Double) -> Double, (Double) -> Double)] = [
            ("notebook 3.1 with ReLU", notebook31, { max($0, 0) }, { notebook31.network([$0])[0] }),
            (
                "notebook 3.4 with the steep sigmoid", notebook34, steep,
                { x in
                    notebook34.phi.indices.reduce(notebook34.phi0) {
                        $0 + notebook34.phi[$1] * steep(notebook34.preActivation($1, x))
                    }
                }
            ),
        ]
        for (name, net, activation, expected) in cases {
            for x in notebookGrid where Int((x * 100).rounded()) % 7 == 0 {
                try expectClose(
                    try answer(x, activation, net.theta0, net.theta1, net.phi0, net.phi), expected(x),
                    tolerance: 1e-9, "y at x = \(x) for \(name)")
            }
        }
    }

    static func checkNotebookLoss(_ answer: @Sendable ([Double], [Double]) throws -> Double) throws {
        let predicted = BookData.x20.map { notebook31($0) }
        try expectClose(
            try answer(BookData.y3_1, predicted), 9.385, tolerance: 0.0005 / 9.385,
            "the loss of notebook 3.1's network on its data (the notebook: 9.385)")
        try expectClose(
            try answer([1, 2, 3], [1.5, 2, 1]), 4.25, tolerance: 1e-12, "the loss of three hand-made pairs")
    }

    static func checkHandTuned(_ answer: @Sendable () throws -> [Double]) throws {
        let p = try answer()
        try expectEqual(p.count, 10, "ten parameters")
        let net = ShallowNetwork(bookOrder: p, hiddenUnits: 3)
        let loss = zip(BookData.x20, BookData.y3_1).reduce(0.0) { $0 + (net($1.0) - $1.1) * (net($1.0) - $1.1) }
        try expectThat(
            loss <= 0.2,
            "your parameters have loss \(Narrator.format(loss)) on notebook 3.1's data; get it to 0.2 or below")
    }

    static func checkNonFlat(_ answer: @Sendable () throws -> Double) throws {
        var net = notebook31
        net.theta0[0] = try answer()
        let inside = net.joints.filter { $0 > 0 && $0 < 1 }.sorted()
        try expectEqual(inside.count, 3, "joints inside [0, 1] with θ_10 = \(net.theta0[0])")
        let probes = zip([0.0] + inside, inside + [1.0]).map { ($0 + $1) / 2 }
        for x in probes {
            let slope = FiniteDifferences.derivative({ net($0) }, at: x, step: 1e-7)
            try expectThat(
                abs(slope) > 1e-4, "the segment around x = \(Narrator.format(x)) is flat with θ_10 = \(net.theta0[0])")
        }
    }

    static func checkShallow213(_ answer: @Sendable (Double, Double, [[Double]], [Double]) throws -> Double) throws {
        let theta = [[-4.0, 0.9, 0.0], [5.0, -0.9, -0.5], [-7.0, 0.5, 0.9]]
        let phi = [0.0, -2.0, 2.0, 1.5]
        for (x1, x2) in [(0.0, 0.0), (2.5, 7.1), (9.9, 0.3), (5.5, 5.5), (8.0, 9.2)] {
            try expectClose(
                try answer(x1, x2, theta, phi), notebook32([x1, x2])[0], tolerance: 1e-9,
                "y at (\(x1), \(x2)) for notebook 3.2's network")
        }
        let other = [[0.3, -1.1, 0.4], [-0.2, 0.7, 0.8], [0.5, 0.2, -1.3]]
        let otherPhi = [0.4, 1.1, -0.6, 0.9]
        try expectClose(
            try answer(-0.4, 0.9, other, otherPhi),
            makeNetwork(theta: other, phi: [otherPhi])([-0.4, 0.9])[0], tolerance: 1e-9,
            "y at (−0.4, 0.9) for another network")
    }

    static func checkNotebook32Regions(_ answer: @Sendable () throws -> Int) throws {
        let axis = (0..<300).map { Double($0) / 30 }
        let grid = Matrix(rows: 2, cols: 90_000) { i, k in i == 0 ? axis[k % 300] : axis[k / 300] }
        try expectEqual(
            try answer(), LinearRegions.count(of: notebook32, inputs: grid),
            "activation patterns on a 300 × 300 grid over the notebook's square")
    }

    static func checkShallow223(_ answer: @Sendable (Double, Double, [[Double]], [[Double]]) throws -> [Double]) throws
    {
        let theta = [[-4.0, 0.9, 0.0], [5.0, -0.9, -0.5], [-7.0, 0.5, 0.9]]
        let phi = [[0.0, -2.0, 2.0, 1.5], [-2.0, -1.0, -2.0, 0.8]]
        for (x1, x2) in [(0.0, 0.0), (2.5, 7.1), (9.9, 0.3), (6.0, 4.0)] {
            try expectClose(
                try answer(x1, x2, theta, phi), notebook32TwoOutputs([x1, x2]), tolerance: 1e-9,
                "[y_1, y_2] at (\(x1), \(x2)) for notebook 3.2's two-output network")
        }
    }

    static func checkNotebookRegions(_ answer: @Sendable (Int, Int) throws -> Double) throws {
        try expectClose(try answer(2, 3), 7, tolerance: 0, "number_regions(2, 3) (the notebook: 7)")
        try expectClose(
            try answer(10, 50), 13_432_735_556, tolerance: 0, "number_regions(10, 50) (the notebook: 13432735556)")
        try expectClose(try answer(10, 8), 256, tolerance: 0, "number_regions(10, 8) (the notebook: 256 = 2⁸)")
        try expectClose(try answer(8, 8), 256, tolerance: 0, "number_regions(8, 8) (the notebook: 256)")
        try expectThat(try answer(100, 500) > 1e107, "number_regions(100, 500) must exceed 10^107 (figure 3.9)")
    }

    static func checkNotebookParameters(_ answer: @Sendable (Int, Int) throws -> Int) throws {
        try expectEqual(try answer(10, 8), 97, "number_parameters(10, 8) (the notebook: 97)")
        try expectEqual(try answer(100, 500), 51_001, "number_parameters(100, 500) (figure 3.9: 51,001)")
        try expectEqual(try answer(1, 3), 10, "eq. 3.1's network (ten parameters)")
    }

    static func checkSteepSigmoid(_ answer: @Sendable (Double) throws -> Double) throws {
        for z in [-1.0, -0.2, 0, 0.05, 0.5, 1] {
            try expectClose(try answer(z), 1 / (1 + exp(-10 * z)), tolerance: 1e-12, "1/(1 + exp(−10·\(z)))")
        }
    }

    static func checkNotebookLinear(
        _ answer: @Sendable ([Double], [Double], Double, [Double], Double, Double) throws -> [Double]
    ) throws {
        let net = notebook34
        for (a, b) in [(0.0, 1.0), (0.5, -0.4)] {
            let got = try answer(net.theta0, net.theta1, net.phi0, net.phi, a, b)
            try expectEqual(got.count, 2, "[intercept, slope]")
            for x in notebookGrid where Int((x * 100).rounded()) % 9 == 0 {
                let y = net.phi.indices.reduce(net.phi0) {
                    $0 + net.phi[$1] * (a + b * (net.theta0[$1] + net.theta1[$1] * x))
                }
                try expectClose(
                    got[0] + got[1] * x, y, tolerance: 1e-9, "notebook 3.4 with lin(z) = \(a) + \(b)·z at x = \(x)")
            }
        }
    }

    /// The net must agree with `rule` on all 2^inputs bit vectors.
    static func checkTruthTable(_ net: ThresholdNetwork, inputs: Int, _ what: String, rule: ([Int]) -> Bool) throws {
        for bits in ThresholdNetwork.allInputs(inputs) {
            try expectThat(
                net.hiddenWeights.allSatisfy { $0.count == inputs }, "every hidden gate needs \(inputs) weights")
            try expectEqual(net(bits), rule(bits) ? 1 : 0, "\(what) of \(bits.map(String.init).joined())")
        }
    }

    /// Every input right, and no more gates than needed: 2 for five bits; 3 for six, since
    /// no two gates can do it (a mixed-integer search over integer weights up to 50 has no
    /// solution; see the README).
    static func checkConsecutiveOnes(_ answer: @Sendable (Int) throws -> ThresholdNetwork) throws {
        for (bits, fewest) in [(5, 2), (6, 3)] {
            let net = try answer(bits)
            try checkTruthTable(net, inputs: bits, "two consecutive 1s", rule: ThresholdNetwork.hasConsecutiveOnes)
            try expectThat(
                net.gates <= fewest, "\(bits) bits: your net has \(net.gates) hidden gates; \(fewest) suffice")
        }
    }
}
