import Neural

/// A quadratic loss L[φ] = ½ φᵀHφ with a diagonal Hessian H = diag(λ0, λ1), the model situation of
/// Goodfellow et al. §8.2.1 (ill-conditioning) and §8.2.3 (saddle points, when one λ is negative).
struct Quadratic: Sendable {
    let eigenvalues: [Double]

    func loss(_ phi: [Double]) -> Double {
        0.5 * (eigenvalues[0] * phi[0] * phi[0] + eigenvalues[1] * phi[1] * phi[1])
    }

    func gradient(_ phi: [Double]) -> [Double] { [eigenvalues[0] * phi[0], eigenvalues[1] * phi[1]] }

    /// The change of the loss that a step −εg causes, ½ε²gᵀHg − εgᵀg (Goodfellow eq. 8.10); exact for a quadratic.
    func predictedChange(at phi: [Double], rate: Double) -> (curvature: Double, slope: Double) {
        let g = gradient(phi)
        let gHg = eigenvalues[0] * g[0] * g[0] + eigenvalues[1] * g[1] * g[1]
        return (0.5 * rate * rate * gHg, rate * (g[0] * g[0] + g[1] * g[1]))
    }
}

extension FittingModels {
    /// A bowl fifty times steeper across than along, with condition number λmax/λmin = 50.
    static let illConditioned = Quadratic(eigenvalues: [1, 50])
    /// A saddle: a minimum along φ0, a maximum along φ1.
    static let saddleQuadratic = Quadratic(eigenvalues: [1, -0.5])

    /// Gradient descent steps of `rate` on the bowl from (1, 1) until L < 1e-6 (nil if it fails in 2000 steps).
    static func stepsToConverge(rate: Double) -> Int? {
        var descent = GradientDescent(learningRate: rate)
        var phi = [1.0, 1.0]
        for step in 1...2000 {
            descent.step(&phi, gradient: illConditioned.gradient)
            let loss = illConditioned.loss(phi)
            if loss < 1e-6 { return step }
            if !loss.isFinite || loss > 1e6 { return nil }
        }
        return nil
    }

    /// Gradient descent with ε = 0.2 from just beside the saddle, (1, 0.001).
    static func saddleEscapePath(steps: Int = 60) -> [[Double]] {
        var descent = GradientDescent(learningRate: 0.2)
        return descent.trajectory(from: [1, 0.001], steps: steps, gradient: saddleQuadratic.gradient)
    }
}
