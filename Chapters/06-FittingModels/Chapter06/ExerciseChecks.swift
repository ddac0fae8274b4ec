import Companion
import Foundation
import Neural

extension FittingModels {

    static func checkExampleGradient(_ answer: @Sendable (Double, Double, Double, Double) throws -> [Double]) throws {
        for (x, y) in [(0.34, 1.05), (1.9, 1.6), (-2.0, 0.5)] {
            for phi in [[0.4, 0.2], [1.6, -0.8], [-0.7, 1.3]] {
                let got = try answer(phi[0], phi[1], x, y)
                try expectEqual(got.count, 2, "number of derivatives")
                let numeric = FiniteDifferences.gradient(
                    {
                        let r = $0[0] + $0[1] * x - y; return r * r
                    }, at: phi)
                try expectClose(
                    got, numeric, tolerance: 1e-6,
                    "∂ℓ/∂φ at φ = \(phi) for the pair (\(x), \(y)), against finite differences")
            }
        }
    }

    static func checkLineHessian(_ answer: @Sendable ([Double]) throws -> [[Double]]) throws {
        for x in [line.x, [-1.5, 0.2, 3.1], [0.5, 0.5, 2.0, -4.0]] {
            let got = try answer(x)
            try expectEqual(got.map(\.count), [2, 2], "the Hessian's shape")
            let numeric = FiniteDifferences.jacobian(
                { LinearRegression(intercept: $0[0], slope: $0[1]).gradient(x: x, y: x.map { _ in 0.3 }) },
                at: [0.2, -0.4])
            try expectClose(
                got.flatMap { $0 }, numeric.flatMap { $0 }, tolerance: 1e-5,
                "the Hessian for inputs \(x), against finite differences of the gradient")
            try expectThat(
                got[0][0] + got[1][1] > 0 && got[0][0] * got[1][1] - got[0][1] * got[1][0] > 0,
                "trace and determinant must both be positive (problem 6.2)")
        }
    }

    static func checkGaborGradient(_ answer: @Sendable ([Double], [Double], [Double]) throws -> [Double]) throws {
        // NumPy, the notebook's gabor_deriv_phi0/phi1 summed over its 30 points at φ = (−5, 25).
        try expectClose(
            try answer([-5, 25], gabor.x, gabor.y), [3.343805095491922, 0.5191558950545829],
            tolerance: 1e-9, "∂L/∂φ at φ = (−5, 25) on notebook 6.3's data")
        let subsets: [(String, [Double], [Double])] = [
            ("all thirty points", gabor.x, gabor.y),
            ("the first five points", Array(gabor.x.prefix(5)), Array(gabor.y.prefix(5))),
        ]
        for (name, x, y) in subsets {
            for phi in [[0.6, -0.2], [0.0, 16.6], [-2.85, 9.04], [3.5, 6.5]] {
                let numeric = FiniteDifferences.gradient({ GaborModel($0).loss(x: x, y: y) }, at: phi)
                try expectClose(
                    try answer(phi, x, y), numeric, tolerance: 1e-6,
                    "∂L/∂φ at φ = \(phi) on \(name), against finite differences")
            }
        }
    }

    static let logisticProbes: [[Double]] = [[0, 0], [0.5, 1.5], [-1, -0.3], [2, 4]]

    static func checkLogisticLoss(_ answer: @Sendable ([Double], [Double], [Double]) throws -> Double) throws {
        let data = logisticData
        try expectClose(
            try answer([0, 0], data.x, data.y), 20 * log(2.0), tolerance: 1e-9,
            "the loss at φ = (0, 0), where every probability is ½ (20·log 2)")
        for phi in logisticProbes {
            let logits = Matrix(row: data.x.map { phi[0] + phi[1] * $0 })
            let expected = BinaryCrossEntropy().value(output: logits, target: Matrix(row: data.y))
            try expectClose(
                try answer(phi, data.x, data.y), expected, tolerance: 1e-9,
                "the loss at φ = \(phi) on the data of problem 6.4 (iv)")
        }
    }

    static func checkLogisticGradient(_ answer: @Sendable ([Double], [Double], [Double]) throws -> [Double]) throws {
        let data = logisticData
        for phi in logisticProbes {
            let numeric = FiniteDifferences.gradient(
                { phi in
                    BinaryCrossEntropy().value(
                        output: Matrix(row: data.x.map { phi[0] + phi[1] * $0 }), target: Matrix(row: data.y))
                }, at: phi)
            try expectClose(
                try answer(phi, data.x, data.y), numeric, tolerance: 1e-6,
                "∂L/∂φ at φ = \(phi), against finite differences")
        }
    }

    static func checkLogisticHessian(_ answer: @Sendable ([Double], [Double], [Double]) throws -> [[Double]]) throws {
        let data = logisticData
        let loss = { (phi: [Double]) in
            BinaryCrossEntropy().value(
                output: Matrix(row: data.x.map { phi[0] + phi[1] * $0 }), target: Matrix(row: data.y))
        }
        for phi in logisticProbes {
            let numeric = FiniteDifferences.jacobian(
                { FiniteDifferences.gradient(loss, at: $0, step: 1e-5) }, at: phi, step: 1e-4)
            let got = try answer(phi, data.x, data.y)
            try expectEqual(got.map(\.count), [2, 2], "the Hessian's shape")
            try expectClose(
                got.flatMap { $0 }, numeric.flatMap { $0 }, tolerance: 1e-4,
                "the Hessian at φ = \(phi), against second differences of the loss")
        }
    }

    /// Parameters for problem 6.5 at which no hidden unit sits at its ReLU joint for the test inputs.
    static let shallowProbes: [[Double]] = [
        [-0.23, -1.3, 1.3, 0.66, -0.2, 0.4, -0.9, 0.9, 1.1, -0.7],
        [0.5, 0.8, -0.4, 1.2, 0.3, -1.1, -0.25, 0.7, 0.05, 1.6],
    ]

    static func checkShallowGradient(_ answer: @Sendable ([Double], [Double], [Double]) throws -> [Double]) throws {
        let x = [0.09, 0.47, 0.93, 0.68, 0.21, 0.55]
        let y = [-0.16, 0.18, 0.45, 0.14, 0.09, 0.31]
        for p in shallowProbes {
            let loss = { (q: [Double]) -> Double in
                zip(x, y).reduce(0) { sum, pair in
                    let hidden = (0..<3).map { k in max(0, q[4 + 2 * k] + q[5 + 2 * k] * pair.0) }
                    let f = q[0] + q[1] * hidden[0] + q[2] * hidden[1] + q[3] * hidden[2]
                    return sum + (f - pair.1) * (f - pair.1)
                }
            }
            let got = try answer(p, x, y)
            try expectEqual(got.count, 10, "number of derivatives")
            try expectClose(
                got, FiniteDifferences.gradient(loss, at: p), tolerance: 1e-6,
                "the ten derivatives at parameters \(p), against finite differences")
        }
    }

    static func checkConvexPanels(_ answer: @Sendable () throws -> [Bool]) throws {
        let expected = puzzleFunctions.map { f in isConvex { f($0) } }
        try expectEqual(try answer(), expected, "convexity of panels a, b, c of figure 6.11")
    }

    static func checkClassifiedPoints(_ answer: @Sendable () throws -> [PointKind]) throws {
        let got = try answer()
        try expectEqual(got.count, 7, "number of points")
        for (index, point) in puzzlePoints.enumerated() {
            let f = puzzleFunctions[point.panel]
            try expectEqual(got[index], classify({ f($0) }, at: point.phi), "point \(index + 1)")
        }
    }

    static func checkEscape(_ answer: @Sendable () throws -> Bool) throws {
        // Evidence from outside the answer: from beside the second-best Gabor minimum, α = 0.5 leaves its well.
        let trap = gaborMinima[1].phi
        var descent = GradientDescent(learningRate: 0.5)
        let end = descent.trajectory(from: [trap[0] + 0.3, trap[1] + 0.3], steps: 200) { gaborGradient($0) }.last!
        let escaped = abs(end[0] - trap[0]) + abs(end[1] - trap[1]) > 0.5
        try expectEqual(try answer(), escaped, "whether a large enough fixed step can leave a local minimum")
    }

    static func checkEpochs(_ answer: @Sendable (Int, Int, Int) throws -> Double) throws {
        try expectClose(
            try answer(1000, 100, 20), 200, tolerance: 1e-12,
            "problem 6.9: 1,000 iterations, 100 examples, batches of 20")
        for (iterations, size, batch) in [(50, 30, 5), (600, 4000, 100), (7, 12, 3)] {
            let perEpoch = minibatches(Array(0..<size), size: batch).count
            try expectClose(
                try answer(iterations, size, batch), Double(iterations) / Double(perEpoch), tolerance: 1e-12,
                "\(iterations) iterations on \(size) examples in batches of \(batch)")
        }
    }

    static func checkMomentumWeights(_ answer: @Sendable (Double, Int) throws -> [Double]) throws {
        for (beta, steps) in [(0.9, 5), (0.6, 8), (0.0, 3)] {
            // Feed the book's momentum the unit gradient e_k at step k: m_t then holds the weight of g_k in entry k.
            var momentum = Momentum(learningRate: 1, beta: beta)
            var phi = [Double](repeating: 0, count: steps)
            for k in 0..<steps {
                momentum.step(&phi) { _ in (0..<steps).map { $0 == k ? 1 : 0 } }
            }
            try expectClose(
                try answer(beta, steps), momentum.momentum, tolerance: 1e-12,
                "weights of g_0 … g_\(steps - 1) in m_\(steps) with β = \(beta)")
        }
    }

    static func checkHessianShape(_ answer: @Sendable (Int) throws -> [Int]) throws {
        try expectEqual(try answer(1_000_000), [1_000_000, 1_000_000], "problem 6.11: one million parameters")
        try expectEqual(try answer(10), [10, 10], "the ten parameters of problem 6.5")
    }
}
