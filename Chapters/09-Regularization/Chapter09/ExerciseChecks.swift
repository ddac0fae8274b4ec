import Companion
import Foundation
import Neural

extension Regularization {
    static func checkPriorStrength(_ answer: @Sendable (Double, Double) throws -> Double) throws {
        for (noise, prior) in [(0.09, 1.0), (1.0, 1.0), (0.25, 10.0), (2.0, 0.5)] {
            // −log of likelihood and prior, times 2σ²: Σ(y − f)² + (σ²/σ_φ²)Σφ².
            try expectClose(
                try answer(noise, prior), noise / prior, tolerance: 1e-12, "σ² = \(noise), σ_φ² = \(prior)")
        }
    }

    static func checkL2Gradient(_ answer: @Sendable ([Double], [Double], Double) throws -> [Double]) throws {
        // L[φ] = Σ sin(φ_j)·j, whose gradient is cos(φ_j)·j; the regularized loss by central differences.
        let phi = [0.3, -1.2, 2.0, 0.0]
        for lambda in [0.0, 0.1, 2.5] {
            let total = { (p: [Double]) in
                p.enumerated().reduce(0) {
                    $0 + sin($1.element) * Double($1.offset + 1) + lambda * $1.element * $1.element
                }
            }
            let lossGradient = phi.enumerated().map { cos($0.element) * Double($0.offset + 1) }
            try expectClose(
                try answer(lossGradient, phi, lambda), FiniteDifferences.gradient(total, at: phi), tolerance: 1e-6,
                "gradient with λ = \(lambda) (against finite differences)")
        }
    }

    static func checkInputNoiseGradient(
        _ answer: @Sendable ([Double], [Double], [Double], Double) throws -> [Double]
    ) throws {
        let x = [0.1, 0.5, 1.2, 2.0, -0.7]
        let y = [1.0, 1.4, 2.1, 2.9, 0.2]
        for (phi, variance) in [([0.5, 1.0], 0.0), ([0.5, 1.0], 0.04), ([-0.3, 2.0], 0.5)] {
            // Each example's gradient is quadratic in its own noise ε, so the two-point Gauss–Hermite
            // rule (ε = ±σ, weight ½ each) gives its expectation exactly.
            let sigma = variance.squareRoot()
            var expected = [0.0, 0.0]
            for (xi, yi) in zip(x, y) {
                for e in [sigma, -sigma] {
                    let residual = phi[0] + phi[1] * (xi + e) - yi
                    expected[0] += residual
                    expected[1] += residual * (xi + e)
                }
            }
            try expectClose(
                try answer(phi, x, y, variance), expected, tolerance: 1e-10,
                "expected gradient at φ = \(phi), σ_x² = \(variance)")
        }
    }

    static func checkLabelSmoothing(_ answer: @Sendable ([Double], Int) throws -> Double) throws {
        for (logits, label) in [([2.0, 0.5, -1.0], 0), ([0.1, 0.2, 0.3, 0.4, 3.0], 2), ([1.0, 1.0], 1)] {
            let top = logits.max()!
            let logSum = top + log(logits.reduce(0) { $0 + exp($1 - top) })
            let others = 0.1 / Double(logits.count - 1)
            let expected = logits.indices.reduce(0.0) { total, k in
                total - (k == label ? 0.9 : others) * (logits[k] - logSum)
            }
            try expectClose(try answer(logits, label), expected, tolerance: 1e-10, "logits \(logits), label \(label)")
        }
    }

    static func checkWeightDecay(_ answer: @Sendable (Double, Double) throws -> Double) throws {
        let phi = [1.5, -0.4, 0.0, 3.0]
        let gradient = [0.2, -1.0, 0.5, 0.1]
        for (rate, decay) in [(0.1, 0.01), (0.05, 0.2), (1.0, 0.5)] {
            let c = try answer(rate, decay)
            let decayed = zip(phi, gradient).map { (1 - decay) * $0 - rate * $1 }
            let regularized = zip(phi, gradient).map { $0 - rate * ($1 + 2 * c * $0) }
            try expectClose(regularized, decayed, tolerance: 1e-12, "α = \(rate), λ = \(decay)")
        }
    }

    static func checkLpRegularizer(_ answer: @Sendable ([Double], Double) throws -> Double) throws {
        let phi = [0.25, -4.0, 0.0, 1.0]
        try expectClose(try answer(phi, 0), 3, tolerance: 1e-12, "L0 counts the non-zero entries")
        try expectClose(try answer(phi, 0.5), 0.5 + 2 + 0 + 1, tolerance: 1e-12, "L½")
        try expectClose(try answer(phi, 1), 5.25, tolerance: 1e-12, "L1")
        try expectClose(try answer(phi, 2), Penalty.l2(1).value(phi), tolerance: 1e-12, "L2")
    }

    static func checkPenaltyDerivatives(_ answer: @Sendable ([Double], Double) throws -> [Double]) throws {
        for (phi, lambda) in [([0.0, 12.5], 0.2), ([2.6, 8.5], 0.2), ([-5.0, 25.0], 1.0), ([1.0, 3.0], 0.01)] {
            let penalty = { (p: [Double]) in lambda * (p[0] * p[0] + (p[1] - 12.5) * (p[1] - 12.5)) }
            try expectClose(
                try answer(phi, lambda), FiniteDifferences.gradient(penalty, at: phi), tolerance: 1e-6,
                "derivatives at \(phi), λ = \(lambda)")
        }
    }
}

extension Regularization {
    static func checkImplicitRegularizer(_ answer: @Sendable ([Double], Double) throws -> Double) throws {
        // On notebook 9.2's loss, against (α/4)·‖∇L‖² with ∇L by central differences.
        for (phi, alpha) in [([-0.7, -0.75], 0.1), ([0.2, 0.3], 0.05), ([-0.3, 0.0], 1.0)] {
            let g = FiniteDifferences.gradient(ImplicitRegularization.loss, at: phi, step: 1e-5)
            try expectClose(
                try answer(g, alpha), alpha / 4 * (g[0] * g[0] + g[1] * g[1]), tolerance: 1e-12,
                "the regularizer at φ = \(phi), α = \(alpha)")
        }
        try expectClose(try answer([3, 4], 2), 12.5, tolerance: 1e-12, "‖(3, 4)‖² = 25 with α = 2")
    }

    static func checkEnsembleMedian(_ answer: @Sendable ([Double]) throws -> Double) throws {
        try expectClose(try answer([10, 1, 2]), 2, tolerance: 1e-12, "three models, one far off")
        try expectClose(try answer([1, 10, 3, 2]), 2.5, tolerance: 1e-12, "four models: the mean of the middle two")
        try expectClose(try answer([-1, 5]), 2, tolerance: 1e-12, "two models")
        try expectClose(try answer([7]), 7, tolerance: 1e-12, "one model")
    }

    static func checkPosteriorMean(_ answer: @Sendable ([[Double]], [Double], Double, Double) throws -> [Double]) throws
    {
        let data = RidgeFits.data
        let h = (0..<6).map { i in data.x.map { BayesianFit.features($0, hiddenUnits: 5)[i] } }
        for (noise, prior) in [(0.09, 1000.0), (0.09, 1.0), (0.5, 0.1)] {
            let mu = try answer(h, data.y, noise, prior)
            try expectEqual(mu.count, 6, "six parameters (ω1 … ω5, β)")
            // μ solves (H Hᵀ/σ² + I/σ_p²) μ = H y/σ².
            for i in 0..<6 {
                let lhs = (0..<6).reduce(0.0) { total, j in
                    total + (zip(h[i], h[j]).reduce(0) { $0 + $1.0 * $1.1 } / noise + (i == j ? 1 / prior : 0)) * mu[j]
                }
                let rhs = zip(h[i], data.y).reduce(0) { $0 + $1.0 * $1.1 } / noise
                try expectClose(
                    lhs, rhs, tolerance: 1e-8, "row \(i) of the normal equations, σ² = \(noise), σ_p² = \(prior)")
            }
        }
    }

    static func checkAugmentSignal(_ answer: @Sendable ([Double], Int, Double) throws -> [Double]) throws {
        try expectClose(try answer([1, 2, 3, 4, 5], 2, 1), [4, 5, 1, 2, 3], tolerance: 0, "shift by 2")
        try expectClose(try answer([1, 2, 3, 4, 5], 0, 0.5), [0.5, 1, 1.5, 2, 2.5], tolerance: 1e-15, "scale by ½")
        try expectClose(try answer([1, 2, 3], 3, 1.2), [1.2, 2.4, 3.6], tolerance: 1e-12, "a full turn and scale 1.2")
    }
}
