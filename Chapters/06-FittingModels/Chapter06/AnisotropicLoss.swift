import Foundation
import Neural

extension FittingModels {
    /// Notebook 6.5's loss (figure 6.9): L = 1 − exp(−2φ1²)·exp(−(φ0 − 0.7)²/8), a valley that is
    /// steep across φ1 and shallow along φ0, with its minimum L = 0 at φ = (0.7, 0).
    static func anisotropicLoss(_ phi: [Double]) -> Double {
        1 - exp(-0.5 * phi[1] * phi[1] * 4.0) * exp(-0.5 * (phi[0] - 0.7) * (phi[0] - 0.7) / 4.0)
    }

    /// Its gradient: with E = 1 − L, ∂L/∂φ0 = E·(φ0 − 0.7)/4 and ∂L/∂φ1 = 4φ1·E.
    static func anisotropicGradient(_ phi: [Double]) -> [Double] {
        let e = 1 - anisotropicLoss(phi)
        return [e * (phi[0] - 0.7) / 4, 4 * phi[1] * e]
    }

    /// Every run of figure 6.9 starts at notebook 6.5's φ = (−0.7, −0.9).
    static let anisotropicStart = [-0.7, -0.9]

    /// The four runs of figure 6.9 with notebook 6.5's settings.
    static func anisotropicRuns() -> (slow: [[Double]], unstable: [[Double]], normalized: [[Double]], adam: [[Double]])
    {
        var slow = GradientDescent(learningRate: 0.08)
        var unstable = GradientDescent(learningRate: 1.0)
        var normalized = NormalizedGradientDescent(learningRate: 0.08)
        var adam = Adam(learningRate: 0.05)
        return (
            slow.trajectory(from: anisotropicStart, steps: 200, gradient: anisotropicGradient),
            unstable.trajectory(from: anisotropicStart, steps: 40, gradient: anisotropicGradient),
            normalized.trajectory(from: anisotropicStart, steps: 40, gradient: anisotropicGradient),
            adam.trajectory(from: anisotropicStart, steps: 60, gradient: anisotropicGradient)
        )
    }
}
