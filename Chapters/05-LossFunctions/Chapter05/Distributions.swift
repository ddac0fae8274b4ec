import Foundation
import Neural

/// The probability distributions of chapter 5, written out from their formulas.
public enum Distributions {
    /// The univariate normal density (eq. 5.7); `sigma` is the standard deviation.
    public static func normal(_ y: Double, mean: Double, sigma: Double) -> Double {
        exp(-(y - mean) * (y - mean) / (2 * sigma * sigma)) / (2 * .pi * sigma * sigma).squareRoot()
    }

    /// The Bernoulli probability λ^y (1 − λ)^(1−y) (eq. 5.17).
    public static func bernoulli(_ y: Int, lambda: Double) -> Double {
        y == 1 ? lambda : 1 - lambda
    }

    /// The Poisson probability λ^k e^{−λ} / k! (eq. 5.36), computed through logarithms.
    public static func poisson(_ k: Int, rate: Double) -> Double {
        exp(Double(k) * log(rate) - rate - lgamma(Double(k) + 1))
    }

    /// The von Mises density exp[κ cos(y − μ)] / (2π I₀(κ)) on (−π, π] (eq. 5.34).
    public static func vonMises(_ y: Double, mean: Double, concentration: Double) -> Double {
        exp(concentration * cos(y - mean) - log(2 * .pi) - logBesselI0(concentration))
    }

    /// The mixture of two normals of eq. 5.35 with θ = [λ, μ_1, σ_1², μ_2, σ_2²].
    public static func mixture(_ y: Double, theta: [Double]) -> Double {
        theta[0] * normal(y, mean: theta[1], sigma: theta[2].squareRoot())
            + (1 - theta[0]) * normal(y, mean: theta[3], sigma: theta[4].squareRoot())
    }

    /// The exponential density λ e^{−λ y} on y ≥ 0 (figure 5.11, predicting magnitude).
    public static func exponential(_ y: Double, rate: Double) -> Double {
        y < 0 ? 0 : rate * exp(-rate * y)
    }
}
