import Foundation
import Neural

/// Two constructions from Mathematical Engineering of Deep Learning (Liquet, Moka and
/// Nazarathy), §5.2: exact interpolation by a shallow ReLU network (its figure 5.2) and
/// a four-unit network that multiplies its two inputs (its eq. 5.13).
extension DeepNetworks {
    /// The function that MEDL's figure 5.2 approximates on [0, 4] (its eq. 5.11):
    /// f*(x) = cos(2cos(x²) + (x − 1)²/4) + x/2 + 1.
    static func medlTarget(_ x: Double) -> Double {
        cos(2 * cos(x * x) + (x - 1) * (x - 1) / 4) + x / 2 + 1
    }

    /// r evenly spaced points of f* on [0, 4] (MEDL uses r = 10 and r = 30).
    static func medlSamples(_ r: Int) -> (u: [Double], v: [Double]) {
        let u = linspace(0, 4, r)
        return (u, u.map(medlTarget))
    }

    /// The slope of each straight piece between consecutive points (u_i, v_i).
    static func segmentSlopes(u: [Double], v: [Double]) -> [Double] {
        var slopes: [Double] = []
        for i in 0..<(u.count - 1) {
            let rise: Double = v[i + 1] - v[i]
            let run: Double = u[i + 1] - u[i]
            slopes.append(rise / run)
        }
        return slopes
    }

    /// The multiplication gate (MEDL eq. 5.13): two inputs, four hidden units, no biases,
    /// W1 rows (λ, λ), (−λ, −λ), (λ, −λ), (−λ, λ), W2 = μ(1, 1, −1, −1) with
    /// μ = 1/(4λ²σ″(0)). The activation must have σ″(0) ≠ 0; we use SoftPlus (σ″(0) = 1/4).
    static func gateNetwork(lambda: Double, secondDerivativeAtZero: Double) -> Network {
        let mu = 1 / (4 * lambda * lambda * secondDerivativeAtZero)
        return Network(
            layers: [
                Layer(
                    weights: Matrix([[lambda, lambda], [-lambda, -lambda], [lambda, -lambda], [-lambda, lambda]]),
                    biases: [0, 0, 0, 0]),
                Layer(weights: Matrix([[mu, mu, -mu, -mu]]), biases: [0]),
            ], activation: .softplus)
    }

    /// The leading error of the SoftPlus gate. The odd Taylor terms cancel and the quartic
    /// term leaves f = x1x2·(1 − λ²(x1² + x2²)/12) + O(λ⁴), since SoftPlus has
    /// σ″(0) = 1/4 and σ⁗(0) = −1/8.
    static func gateLeadingOrder(_ x1: Double, _ x2: Double, lambda: Double) -> Double {
        x1 * x2 * (1 - lambda * lambda * (x1 * x1 + x2 * x2) / 12)
    }
}
