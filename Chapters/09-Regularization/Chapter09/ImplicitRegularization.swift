import Foundation
import Neural

/// Implicit regularization of gradient descent (section 9.2, figure 9.3, notebook 9.2). On notebook
/// 9.2's loss L(φ0, φ1) = 1 − exp(−φ1²/(2s²)) with s = exp(−2φ0²), whose minima fill the line φ1 = 0,
/// descent with a finite step α lands elsewhere than the continuous path. Gradient flow on the
/// modified loss L + (α/4)·‖∇L‖² (eq. 9.8) follows the discrete path instead. Gradients are central
/// differences with δ = 10⁻⁵, as in the notebook (nested for the modified loss).
enum ImplicitRegularization {
    static let start = [-0.7, -0.75]
    /// The window of the notebook's plots: [−0.8, 0.5] on both axes.
    static let window = -0.8...0.5

    static func loss(_ phi: [Double]) -> Double {
        let s = exp(-0.5 * phi[0] * phi[0] * 4)
        return 1 - exp(-0.5 * phi[1] * phi[1] / (s * s))
    }

    static func gradient(_ phi: [Double]) -> [Double] { FiniteDifferences.gradient(loss, at: phi, step: 1e-5) }

    /// The implicit regularizer (α/4)·‖∇L‖² of eq. 9.8.
    static func regularizer(_ phi: [Double], alpha: Double) -> Double {
        let g = gradient(phi)
        return alpha / 4 * (g[0] * g[0] + g[1] * g[1])
    }

    static func modifiedLoss(_ phi: [Double], alpha: Double) -> Double {
        loss(phi) + regularizer(phi, alpha: alpha)
    }

    /// `steps` steps of gradient descent with rate `rate` on `f`, from the notebook's start.
    static func descent(_ f: @escaping ([Double]) -> Double, rate: Double, steps: Int) -> [[Double]] {
        var phi = start
        var path = [phi]
        for _ in 0..<steps {
            let g = FiniteDifferences.gradient(f, at: phi, step: 1e-5)
            phi = [phi[0] - rate * g[0], phi[1] - rate * g[1]]
            path.append(phi)
        }
        return path
    }

    /// The notebook's three paths: near-continuous descent (10,000 steps of 0.001) and discrete
    /// descent (100 steps of 0.05) on L, and near-continuous descent on L + (0.05/4)‖∇L‖².
    static let continuous = descent(loss, rate: 0.001, steps: 10_000)
    static let discrete = descent(loss, rate: 0.05, steps: 100)
    static let corrected = descent({ modifiedLoss($0, alpha: 0.05) }, rate: 0.001, steps: 10_000)
}
