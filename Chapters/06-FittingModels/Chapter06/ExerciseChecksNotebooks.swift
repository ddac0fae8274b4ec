import Companion
import Foundation
import Neural

extension FittingModels {
    static func checkLineSearch(
        _ answer: @Sendable (@Sendable (Double) -> Double, Double, Double, Double, Double, Double, Int) throws -> Double
    ) throws {
        // NumPy run of notebook 6.1's search on its function, bracket (0, 0.33, 0.66, 1), 1e-4, 10 iterations.
        try expectClose(
            try answer(bumpyLoss, 0, 0.33, 0.66, 1, 1e-4, 10), 0.3832312147538486, tolerance: 1e-12,
            "notebook 6.1's function on [0, 1]")
        let cases: [(String, @Sendable (Double) -> Double, [Double], Double, Int)] = [
            ("a parabola with its minimum at 0.8", { ($0 - 0.8) * ($0 - 0.8) }, [0, 0.33, 0.66, 1], 1e-6, 40),
            ("a function rising from a", { $0 * $0 + $0 }, [0, 0.5, 1, 1.5], 1e-6, 40),
            ("notebook 6.1's function, 3 iterations", bumpyLoss, [0, 0.33, 0.66, 1], 1e-4, 3),
            ("a cosine on [1, 7]", { cos($0) }, [1, 3, 5, 7], 1e-5, 15),
        ]
        for (name, f, bracket, threshold, iterations) in cases {
            let expected = lineSearch(
                loss: f, a: bracket[0], b: bracket[1], c: bracket[2], d: bracket[3],
                threshold: threshold, maxIterations: iterations)
            try expectClose(
                try answer(f, bracket[0], bracket[1], bracket[2], bracket[3], threshold, iterations), expected,
                tolerance: 1e-12, name)
        }
    }

    static func checkLinearLoss(_ answer: @Sendable ([Double], [Double], [Double]) throws -> Double) throws {
        try expectClose(
            try answer([0.6, -0.2], line.x, line.y), 12.367, tolerance: 0.0005 / 12.367,
            "the loss at φ = (0.6, −0.2) (notebook 6.2: 12.367)")
        for phi in [[1.6, -0.5], [0.8260, 0.5222], [-1, 2]] {
            try expectClose(
                try answer(phi, line.x, line.y),
                LinearRegression(intercept: phi[0], slope: phi[1]).loss(x: line.x, y: line.y),
                tolerance: 1e-12, "the loss at φ = \(phi)")
        }
    }

    static func checkLinearGradient(_ answer: @Sendable ([Double], [Double], [Double]) throws -> [Double]) throws {
        for phi in [[0.6, -0.2], [1.6, -0.5], [-1, 2]] {
            let numeric = FiniteDifferences.gradient(
                { LinearRegression(intercept: $0[0], slope: $0[1]).loss(x: line.x, y: line.y) }, at: phi)
            try expectClose(
                try answer(phi, line.x, line.y), numeric, tolerance: 1e-6,
                "∂L/∂φ at φ = \(phi), against finite differences")
        }
    }

    static func checkLineSearchStep(_ answer: @Sendable ([Double], [Double], [Double]) throws -> [Double]) throws {
        // NumPy run of notebook 6.2 from (1.6, −0.5): positions 1, 4 and 10.
        let expected: [Int: [Double]] = [
            1: [1.7081578732791285, -0.20335824721715745],
            4: [1.0663027284263036, 0.20870251313523863],
            10: [0.8676748337114015, 0.4677990615161769],
        ]
        var phi = lineStart
        for step in 1...10 {
            phi = try answer(phi, line.x, line.y)
            if let value = expected[step] {
                try expectClose(phi, value, tolerance: 1e-9, "φ after \(step) steps from (1.6, −0.5)")
            }
        }
    }

    static func checkGaborLoss(_ answer: @Sendable ([Double], [Double], [Double]) throws -> Double) throws {
        try expectClose(
            try answer([0.6, -0.2], gabor.x, gabor.y), 16.419, tolerance: 0.0005 / 16.419,
            "the loss at φ = (0.6, −0.2) (notebook 6.3: 16.419)")
        for phi in [[-5.0, 25], [0, 16.6], [3.5, 6.5]] {
            try expectClose(
                try answer(phi, gabor.x, gabor.y), GaborModel(phi).loss(x: gabor.x, y: gabor.y),
                tolerance: 1e-12, "the loss at φ = \(phi)")
        }
    }

    static func checkPath(_ got: [[Double]], _ expected: [Int: [Double]], steps: Int, tolerance: Double, _ what: String)
        throws
    {
        try expectEqual(got.count, steps + 1, "\(what): the path holds the start and one point per step")
        for (step, value) in expected.sorted(by: { $0.key < $1.key }) {
            try expectClose(got[step], value, tolerance: tolerance, "\(what), φ after \(step) steps")
        }
    }

    static func checkFixedStepPath(_ answer: @Sendable ([Double], [Double], [Double], Double, Int) throws -> [[Double]])
        throws
    {
        // NumPy, notebook 6.3: α = 0.2, 21 steps from (−1.5, 8.5).
        try checkPath(
            try answer(gabor.x, gabor.y, [-1.5, 8.5], 0.2, 21),
            [
                0: [-1.5, 8.5], 1: [-1.0675368982436864, 8.433189224344698],
                21: [0.11334887403053037, 13.469440111825431],
            ],
            steps: 21, tolerance: 1e-9, "α = 0.2 from (−1.5, 8.5)")
    }

    static func checkSGDPath(
        _ answer: @Sendable ([Double], [Double], [Double], Double, Int, Int, Int) throws -> [[Double]]
    ) throws {
        // NumPy, notebook 6.3: np.random.seed(1), α = 0.8, batches of 5, 41 steps from (3.5, 6.5).
        try checkPath(
            try answer(gabor.x, gabor.y, [3.5, 6.5], 0.8, 5, 41, 1),
            [1: [3.3764804676465863, 6.643696288182774], 41: [-0.49668021286886854, 12.268408962523838]],
            steps: 41, tolerance: 1e-9, "notebook 6.3's SGD run")
    }

    static func checkScheduledPath(
        _ answer: @Sendable ([Double], [Double], [Double], Double, Double, Int, Int, Int, Int) throws -> [[Double]]
    ) throws {
        // NumPy: the same run with α = 0.8 halved every 10 steps.
        try checkPath(
            try answer(gabor.x, gabor.y, [3.5, 6.5], 0.8, 0.5, 10, 5, 41, 1),
            [41: [-0.05082628633956125, 9.437200172014363]], steps: 41, tolerance: 1e-9,
            "α = 0.8 halved every 10 steps")
        try checkPath(
            try answer(gabor.x, gabor.y, [3.5, 6.5], 0.8, 1, 7, 5, 41, 1),
            [41: [-0.49668021286886854, 12.268408962523838]], steps: 41, tolerance: 1e-9,
            "factor 1 (no decay) must repeat notebook 6.3's SGD run")
    }

    static func checkMomentumPath(
        _ answer: @Sendable ([Double], [Double], [Double], Double, Double, Int, Int, Int) throws -> [[Double]]
    ) throws {
        // NumPy, notebook 6.4: seed 1, α = 0.6, β = 0.6, batches of 5, 81 steps from (−1.5, 6.5).
        try checkPath(
            try answer(gabor.x, gabor.y, [-1.5, 6.5], 0.6, 0.6, 5, 81, 1),
            [1: [-1.7273954747004734, 6.523162331817382], 81: [0.0209550454050294, 15.070487997431663]],
            steps: 81, tolerance: 1e-9, "notebook 6.4's momentum run")
    }

    static func checkNesterovPath(
        _ answer: @Sendable ([Double], [Double], [Double], Double, Double, Int, Int, Int) throws -> [[Double]]
    ) throws {
        try checkPath(
            try answer(gabor.x, gabor.y, [-1.5, 6.5], 0.6, 0.6, 5, 81, 1),
            [1: [-1.7273954747004734, 6.523162331817382], 81: [0.0371134371476334, 14.837198889954607]],
            steps: 81, tolerance: 1e-9, "notebook 6.4's Nesterov run")
    }

    static func checkNormalizedPath(
        _ answer: @Sendable (@escaping @Sendable ([Double]) -> [Double], [Double], Double, Int) throws -> [[Double]]
    ) throws {
        // NumPy, notebook 6.5: α = 0.08, 40 steps from (−0.7, −0.9); the end bounces between two points.
        try checkPath(
            try answer(anisotropicGradient, anisotropicStart, 0.08, 40),
            [1: [-0.62, -0.82], 39: [0.66, -0.02], 40: [0.74, 0.06]], steps: 40, tolerance: 1e-9,
            "notebook 6.5's normalised run")
    }

    static func checkAdamPath(
        _ answer:
            @Sendable (@escaping @Sendable ([Double]) -> [Double], [Double], Double, Double, Double, Int) throws ->
            [[Double]]
    ) throws {
        // NumPy, notebook 6.5: α = 0.05, β = 0.9, γ = 0.99, 60 steps from (−0.7, −0.9).
        try checkPath(
            try answer(anisotropicGradient, anisotropicStart, 0.05, 0.9, 0.99, 60),
            [1: [-0.65, -0.85], 60: [0.667072540810228, 0.02950019175175221]], steps: 60, tolerance: 1e-7,
            "notebook 6.5's Adam run")
    }
}
