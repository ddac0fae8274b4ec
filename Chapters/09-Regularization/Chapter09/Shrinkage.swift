import Foundation
import Neural

/// What L2 and L1 penalties do to the minimum of a quadratic loss (Goodfellow et al. §7.1.1–7.1.2),
/// J(w) = ½(w − w*)ᵀH(w − w*), and why an ensemble's error shrinks (§7.11).
enum Shrinkage {
    /// The minimum of J + (α/2)‖w‖²: along each eigenvector q_i of H (eigenvalue λ_i) the component
    /// of w* is scaled by λ_i/(λ_i + α). For a symmetric 2 × 2 H.
    static func l2Minimum(hessian h: [[Double]], optimum: [Double], alpha: Double) -> [Double] {
        let (values, lowest) = symmetricEigen(h)
        let vectors = [lowest, [-lowest[1], lowest[0]]]
        var w = [0.0, 0.0]
        for (value, q) in zip(values, vectors) {
            let component = q[0] * optimum[0] + q[1] * optimum[1]
            let scaled = component * value / (value + alpha)
            w[0] += scaled * q[0]
            w[1] += scaled * q[1]
        }
        return w
    }

    /// Gradient descent on J + (α/2)‖w‖² from zero, for comparison with the closed form.
    static func l2Descent(hessian h: [[Double]], optimum: [Double], alpha: Double, steps: Int, rate: Double) -> [Double]
    {
        var w = [0.0, 0.0]
        for _ in 0..<steps {
            let d = [w[0] - optimum[0], w[1] - optimum[1]]
            let g = [h[0][0] * d[0] + h[0][1] * d[1] + alpha * w[0], h[1][0] * d[0] + h[1][1] * d[1] + alpha * w[1]]
            w = [w[0] - rate * g[0], w[1] - rate * g[1]]
        }
        return w
    }

    /// The minimum of J + α‖w‖₁ for a diagonal H: soft thresholding, sign(w*_i)·max(|w*_i| − α/H_ii, 0).
    static func l1Minimum(diagonal h: [Double], optimum: [Double], alpha: Double) -> [Double] {
        zip(h, optimum).map { hi, wi in (wi < 0 ? -1 : 1) * max(abs(wi) - alpha / hi, 0) }
    }

    /// Proximal gradient descent (ISTA) on J + α‖w‖₁: a gradient step on J, then soft thresholding
    /// by rate·α, which handles the kink at zero that plain gradient descent cannot.
    static func l1Descent(diagonal h: [Double], optimum: [Double], alpha: Double, steps: Int, rate: Double) -> [Double]
    {
        var w = [Double](repeating: 0, count: h.count)
        for _ in 0..<steps {
            w = w.indices.map { i in
                let moved = w[i] - rate * h[i] * (w[i] - optimum[i])
                return (moved < 0 ? -1 : 1) * max(abs(moved) - rate * alpha, 0)
            }
        }
        return w
    }

    /// The expected squared error of the mean of k models whose errors have variance v and pairwise
    /// covariance c: v/k + (k − 1)c/k (Goodfellow eq. 7.50).
    static func ensembleError(models k: Int, variance v: Double, covariance c: Double) -> Double {
        v / Double(k) + Double(k - 1) / Double(k) * c
    }

    /// The same by simulation: `trials` draws of k correlated normal errors (through the Cholesky
    /// factor of their covariance), the mean squared error of their average.
    static func simulatedEnsembleError(
        models k: Int, variance v: Double, covariance c: Double, trials: Int, random: inout NumPyRandomState
    ) -> Double {
        let covarianceMatrix = (0..<k).map { i in (0..<k).map { j in i == j ? v : c } }
        let l = cholesky(covarianceMatrix)!
        var total = 0.0
        for _ in 0..<trials {
            let z = (0..<k).map { _ in random.standardNormal() }
            let errors = (0..<k).map { i in (0...i).reduce(0) { $0 + l[i][$1] * z[$1] } }
            let mean = errors.reduce(0, +) / Double(k)
            total += mean * mean
        }
        return total / Double(trials)
    }
}
