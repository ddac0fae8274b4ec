import Companion
import Foundation
import Neural

/// The checks of problems 5.1–5.10: limits, closed forms, normalisation by numerical
/// integration and finite differences, never the reference answer itself.
extension LossFunctions {
    static func checkSigmoid(_ answer: @Sendable (Double) throws -> Double) throws {
        try expectClose(try answer(0), 0.5, tolerance: 1e-15, "sig[0] (problem 5.1: exactly one half)")
        try expectThat(try answer(-40) < 1e-17, "sig[−40] should be within 1e-17 of 0")
        try expectThat(1 - (try answer(40)) < 1e-17, "sig[40] should be within 1e-17 of 1")
        for z in [-1000.0, 1000] {
            let value = try answer(z)
            try expectThat(value.isFinite, "sig[\(z)] must be a finite number, got \(value)")
            try expectClose(value, z > 0 ? 1 : 0, tolerance: 1e-15, "sig[\(z)]")
        }
        for z in [-3.5, -1.0, 0.4, 2.5] {
            try expectClose(try answer(z), 1 / (1 + exp(-z)), tolerance: 1e-14, "sig[\(z)] against eq. 5.32")
            try expectClose(try answer(z) + answer(-z), 1, tolerance: 1e-14, "sig[z] + sig[−z] at z = \(z)")
        }
    }

    static func checkBinaryLoss(_ answer: @Sendable (Double, Int) throws -> Double) throws {
        try expectClose(try answer(0.5, 0), log(2), tolerance: 1e-12, "the loss at λ = 0.5, y = 0 (log 2)")
        try expectClose(try answer(0.5, 1), log(2), tolerance: 1e-12, "the loss at λ = 0.5, y = 1 (log 2)")
        for lambda in [0.01, 0.2, 0.7, 0.999] {
            try expectClose(try answer(lambda, 1), -log(lambda), tolerance: 1e-12, "y = 1, λ = \(lambda): −log λ")
            try expectClose(
                try answer(lambda, 0), -log(1 - lambda), tolerance: 1e-12, "y = 0, λ = \(lambda): −log(1 − λ)")
        }
        try expectThat(try answer(0.9, 0) > answer(0.1, 0), "for y = 0 the loss must grow as λ grows")
    }

    /// Directions, outputs and concentrations the von Mises checks use.
    static let directionCases: [(f: [Double], y: [Double], kappa: Double)] = [
        ([0.3, -2.0, 3.0, 7.5], [0.1, 2.9, -3.0, 1.2], 1.0),
        ([1.0, -0.5], [0.8, -0.4], 10.0),
        ([-3.1, 0.0, 2.2], [3.1, 0.2, -1.0], 0.2),
    ]

    /// −log of the von Mises density, normalised by numerical integration rather than a
    /// Bessel function.
    static func integratedVonMisesLoss(f: [Double], y: [Double], kappa: Double) -> Double {
        let normaliser = Numerics.integrate({ exp(kappa * cos($0)) }, from: -.pi, to: .pi)
        return zip(f, y).reduce(0) { $0 - kappa * cos($1.1 - $1.0) + log(normaliser) }
    }

    static func checkVonMisesLoss(_ answer: @Sendable ([Double], [Double], Double) throws -> Double) throws {
        for c in directionCases {
            try expectClose(
                try answer(c.f, c.y, c.kappa), integratedVonMisesLoss(f: c.f, y: c.y, kappa: c.kappa),
                tolerance: 1e-8, "the loss for κ = \(c.kappa), f = \(c.f), y = \(c.y) (normaliser by integration)")
        }
    }

    static func checkVonMisesGradient(_ answer: @Sendable ([Double], [Double], Double) throws -> [Double]) throws {
        for c in directionCases {
            let numeric = FiniteDifferences.gradient({ integratedVonMisesLoss(f: $0, y: c.y, kappa: c.kappa) }, at: c.f)
            try expectClose(
                try answer(c.f, c.y, c.kappa), numeric, tolerance: 1e-6,
                "∂L/∂f for κ = \(c.kappa), f = \(c.f), against finite differences")
        }
    }

    static func checkVonMisesPrediction(_ answer: @Sendable (Double) throws -> Double) throws {
        for f in [0.4, -2.0, 3.0, 4.0, -7.0, 10.0, 2 * .pi, -3 * .pi] {
            let got = try answer(f)
            try expectThat(got > -.pi && got <= .pi, "the prediction for f = \(f) must lie in (−π, π], got \(got)")
            try expectClose(
                cos(got - f), 1, tolerance: 1e-12, "cos(ŷ − f) for f = \(f): ŷ must point where the density peaks")
        }
    }

    /// Mixtures the checks use: far apart, overlapping, one narrow tall component.
    static let mixtureCases: [[Double]] = [
        [0.5, -2.0, 0.5, 3.0, 1.0], [0.3, 0.0, 1.0, 0.8, 0.6], [0.6, 0.0, 4.0, 3.0, 0.04], [0.9, 1.0, 0.3, -1.0, 2.0],
    ]

    static func checkMixtureLoss(_ answer: @Sendable ([Double], [[Double]]) throws -> Double) throws {
        let y = [-2.1, 0.4, 2.9, 1.0]
        let expected = zip(y, mixtureCases).reduce(0.0) { total, pair in
            let (value, t) = pair
            let first = t[0] * exp(-(value - t[1]) * (value - t[1]) / (2 * t[2])) / (2 * .pi * t[2]).squareRoot()
            let second = (1 - t[0]) * exp(-(value - t[3]) * (value - t[3]) / (2 * t[4])) / (2 * .pi * t[4]).squareRoot()
            return total - log(first + second)
        }
        try expectClose(
            try answer(y, mixtureCases), expected, tolerance: 1e-10, "the loss of four examples under eq. 5.35")
        for theta in mixtureCases {
            _ = try answer([0], [theta])
            let mass = Numerics.integrate(
                { exp(-((try? answer([$0], [theta])) ?? .nan)) }, from: -20, to: 20, steps: 8000)
            try expectClose(mass, 1, tolerance: 1e-6, "∫ exp(−loss) dy for θ = \(theta) (a density integrates to one)")
        }
    }

    static func checkMixtureParameters(_ answer: @Sendable ([Double]) throws -> [Double]) throws {
        let grid = stride(from: -20.0, through: 20, by: 0.37).map { $0 }
        var lambdas: [Double] = []
        var thetas: [[Double]] = []
        for g in grid {
            let theta = try answer([g, g, g, g, g])
            try expectEqual(theta.count, 5, "number of mixture parameters")
            try expectThat(theta[0] > 0 && theta[0] < 1, "λ must lie in (0, 1); outputs all \(g) give \(theta[0])")
            try expectThat(
                theta[2] > 0 && theta[4] > 0,
                "variances must be positive; outputs all \(g) give \(theta[2]), \(theta[4])")
            lambdas.append(theta[0])
            thetas.append(theta)
        }
        try expectThat(lambdas.min()! < 0.01 && lambdas.max()! > 0.99, "λ should come close to both 0 and 1")
        for k in [2, 4] {
            let values = thetas.map { $0[k] }
            try expectThat(
                values.min()! < 0.01 && values.max()! > 100,
                "variance \(k / 2) should range from below 0.01 to above 100")
        }
        for k in [1, 3] {
            let values = thetas.map { $0[k] }
            try expectThat(values.min()! < -10 && values.max()! > 10, "mean \((k + 1) / 2) should reach beyond ±10")
        }
    }

    static func checkMixtureMode(_ answer: @Sendable ([Double]) throws -> Double) throws {
        for theta in mixtureCases {
            let mode = try answer(theta)
            let density = { (y: Double) in Distributions.mixture(y, theta: theta) }
            let best = stride(from: -15.0, through: 15, by: 0.001).map(density).max()!
            try expectThat(
                density(mode) >= best * (1 - 1e-9),
                "the density at your mode \(mode) for θ = \(theta) is "
                    + "\(density(mode)), but a grid search finds \(best)")
            let slope = (density(mode + 1e-5) - density(mode - 1e-5)) / 2e-5
            try expectThat(abs(slope) < 1e-4, "the density's slope at your mode for θ = \(theta) is \(slope), not 0")
        }
    }

    static let vonMisesMixtureCases: [[Double]] = [
        [0.5, -2.0, 4.0, 1.0, 8.0], [0.2, 0.0, 0.5, 3.0, 20.0], [1.0, 0.7, 2.0, -1.0, 1.0],
    ]

    static func checkVonMisesMixture(_ answer: @Sendable (Double, [Double]) throws -> Double) throws {
        for theta in vonMisesMixtureCases {
            _ = try answer(0, theta)
            let mass = Numerics.integrate({ (try? answer($0, theta)) ?? .nan }, from: -.pi, to: .pi, steps: 4000)
            try expectClose(mass, 1, tolerance: 1e-8, "∫ Pr(y|θ) dy over (−π, π] for θ = \(theta)")
            for y in [-2.5, 0.3, 1.9] {
                try expectClose(
                    try answer(y, theta), answer(y + 2 * .pi, theta), tolerance: 1e-12, "periodicity at y = \(y)")
                let direct =
                    theta[0] * exp(theta[2] * cos(y - theta[1]))
                    / Numerics.integrate({ exp(theta[2] * cos($0)) }, from: -.pi, to: .pi)
                    + (1 - theta[0]) * exp(theta[4] * cos(y - theta[3]))
                    / Numerics.integrate({ exp(theta[4] * cos($0)) }, from: -.pi, to: .pi)
                try expectClose(try answer(y, theta), direct, tolerance: 1e-8, "Pr(y = \(y) | θ = \(theta))")
            }
        }
    }

    static let countCases: [(f: [Double], y: [Int])] = [
        ([0.3, -1.0, 2.0, 1.2], [1, 0, 9, 3]), ([0.0, 3.0], [4, 17]),
    ]

    static func checkPoissonLoss(_ answer: @Sendable ([Double], [Int]) throws -> Double) throws {
        for c in countCases {
            let expected = zip(c.f, c.y).reduce(0.0) { total, pair in
                let rate = exp(pair.0)
                let factorial = (1...max(pair.1, 1)).reduce(1.0) { $0 * Double($1) }
                return total - log(pow(rate, Double(pair.1)) * exp(-rate) / factorial)
            }
            try expectClose(
                try answer(c.f, c.y), expected, tolerance: 1e-10, "the loss for f = \(c.f), y = \(c.y) (eq. 5.36)")
        }
    }

    static func checkPoissonGradient(_ answer: @Sendable ([Double], [Int]) throws -> [Double]) throws {
        for c in countCases {
            let numeric = FiniteDifferences.gradient(
                { PoissonNLL().value(output: Matrix(row: $0), target: Matrix(row: c.y.map(Double.init))) },
                at: c.f)
            try expectClose(
                try answer(c.f, c.y), numeric, tolerance: 1e-6, "∂L/∂f for f = \(c.f), against finite differences")
        }
    }

    static func checkIndependentNormals(_ answer: @Sendable ([Double], [Double], Double) throws -> Double) throws {
        let y = [0.3, -1.2, 2.2, 0.0, 0.9, -0.4, 1.5, 0.7, -2.0, 0.1]
        let mu = [0.1, -1.0, 2.5, 0.3, 0.8, -0.9, 1.2, 0.6, -1.7, 0.0]
        let squares = zip(y, mu).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        for sigma in [0.5, 1.0, 1.7] {
            let expected = pow(2 * .pi * sigma * sigma, -5) * exp(-squares / (2 * sigma * sigma))
            try expectClose(
                try answer(y, mu, sigma), expected, tolerance: 1e-10,
                "Pr(y | μ, σ = \(sigma)) for ten outputs, (2πσ²)^(−5) exp(−Σ(y−μ)²/2σ²)")
            let nll = -log(try answer(y, mu, sigma))
            try expectClose(
                nll - squares / (2 * sigma * sigma), 5 * log(2 * .pi * sigma * sigma), tolerance: 1e-9,
                "−log Pr minus the sum of squares over 2σ² (σ = \(sigma)) must be a constant")
        }
    }

    static let heteroscedasticCases: [(outputs: [Double], y: [Double])] = [
        ([0.2, 0.5], [0.6]), ([1.0, -2.0, 0.3, 0.7, -1.5, 2.0], [0.4, -1.0, 1.1]),
    ]

    static func checkHeteroscedasticLoss(_ answer: @Sendable ([Double], [Double]) throws -> Double) throws {
        for c in heteroscedasticCases {
            let d = c.y.count
            let expected = (0..<d).reduce(0.0) { total, k in
                total - log(Distributions.normal(c.y[k], mean: c.outputs[k], sigma: abs(c.outputs[d + k])))
            }
            try expectClose(
                try answer(c.outputs, c.y), expected, tolerance: 1e-10,
                "the loss for outputs \(c.outputs), y = \(c.y) (σ_d = |g_d|, eq. 5.14)")
        }
    }

    static func checkHeteroscedasticGradient(_ answer: @Sendable ([Double], [Double]) throws -> [Double]) throws {
        for c in heteroscedasticCases {
            let d = c.y.count
            let loss = { (o: [Double]) in
                (0..<d).reduce(0.0) { $0 - log(Distributions.normal(c.y[$1], mean: o[$1], sigma: abs(o[d + $1]))) }
            }
            try expectClose(
                try answer(c.outputs, c.y), FiniteDifferences.gradient(loss, at: c.outputs), tolerance: 1e-5,
                "the gradient for outputs \(c.outputs), against finite differences")
        }
    }

    /// Heights (m) and weights (kg) of six people, invented for the check.
    static let people: [[Double]] = [
        [1.62, 58.0], [1.75, 72.5], [1.81, 90.1], [1.58, 49.3], [1.70, 66.0], [1.93, 101.2],
    ]

    static func checkStandardize(_ answer: @Sendable ([[Double]]) throws -> [[Double]]) throws {
        let got = try answer(people)
        try expectEqual(got.count, people.count, "number of rows")
        for d in 0..<2 {
            let column = got.map { $0[d] }
            let mean = column.reduce(0, +) / Double(column.count)
            let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(column.count)
            try expectClose(mean, 0, tolerance: 1e-12, "mean of column \(d) after standardising")
            try expectClose(variance, 1, tolerance: 1e-12, "variance of column \(d) after standardising")
            let original = people.map { $0[d] }
            let slope = (column[1] - column[0]) / (original[1] - original[0])
            try expectThat(slope > 0, "column \(d) must keep its order")
            for i in 2..<people.count {
                try expectClose(
                    column[i], column[0] + slope * (original[i] - original[0]), tolerance: 1e-9,
                    "row \(i) of column \(d): each column must be shifted and scaled, nothing else")
            }
        }
    }

    static func checkWindLoss(_ answer: @Sendable ([[Double]], [Double], [Double], Double) throws -> Double) throws {
        let outputs = [[0.5, 1.0], [-2.0, 0.2], [3.0, -0.7]]
        let direction = [0.2, -2.5, -3.0]
        let speed = [2.5, 0.4, 6.0]
        for kappa in [0.5, 3.0] {
            let directionLoss = integratedVonMisesLoss(f: outputs.map { $0[0] }, y: direction, kappa: kappa)
            let speedLoss = zip(outputs, speed).reduce(0.0) {
                $0 - log(Distributions.exponential($1.1, rate: exp($1.0[1])))
            }
            try expectClose(
                try answer(outputs, direction, speed, kappa), directionLoss + speedLoss, tolerance: 1e-8,
                "the total loss for κ = \(kappa): von Mises for direction plus exponential for speed")
        }
    }
}
