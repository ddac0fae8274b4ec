import Neural

/// Section 9.1 on the Gabor model (figure 9.1, notebook 9.1): the least-squares loss of the thirty
/// points of notebook 6.3, a penalty λ·(φ0² + (φ1 − 12.5)²) that favours the centre (0, 12.5) of the
/// parameter window, and their sum (eq. 9.1 with g[φ] the squared distance to that centre).
enum ExplicitRegularization {
    static let data = BookData.gabor30
    /// The point the penalty pulls towards: the centre of the window φ0 ∈ [−10, 10], φ1 ∈ [2.5, 22.5].
    static let centre = [0.0, 12.5]
    static let window = (-10.0...10.0, 2.5...22.5)
    /// Notebook 9.1's strength of the penalty.
    static let lambda = 0.2
    /// Notebook 9.1's start, step size and number of steps.
    static let start = [2.6, 8.5]
    static let stepSize = 0.1
    static let steps = 41

    static func loss(_ phi: [Double]) -> Double { GaborModel(phi).loss(x: data.x, y: data.y) }

    static func gradient(_ phi: [Double]) -> [Double] { GaborModel(phi).gradient(x: data.x, y: data.y) }

    /// λ·g[φ] = λ·(φ0² + (φ1 − 12.5)²).
    static func penalty(_ phi: [Double], lambda: Double = lambda) -> Double {
        lambda * ((phi[0] - centre[0]) * (phi[0] - centre[0]) + (phi[1] - centre[1]) * (phi[1] - centre[1]))
    }

    /// ∂(λ·g)/∂φ = [2λφ0, 2λ(φ1 − 12.5)].
    static func penaltyGradient(_ phi: [Double], lambda: Double = lambda) -> [Double] {
        [2 * lambda * (phi[0] - centre[0]), 2 * lambda * (phi[1] - centre[1])]
    }

    /// The regularized loss L[φ] + λ·g[φ] and its gradient.
    static func regularizedLoss(_ phi: [Double], lambda: Double = lambda) -> Double {
        loss(phi) + penalty(phi, lambda: lambda)
    }

    static func regularizedGradient(_ phi: [Double], lambda: Double = lambda) -> [Double] {
        zip(gradient(phi), penaltyGradient(phi, lambda: lambda)).map { $0 + $1 }
    }

    /// Gradient descent with notebook 9.1's fixed step from its start; λ = 0 is the plain loss.
    static func descent(lambda: Double) -> [[Double]] {
        var phi = start
        var path = [phi]
        for _ in 0..<steps {
            let g = regularizedGradient(phi, lambda: lambda)
            phi = [phi[0] - stepSize * g[0], phi[1] - stepSize * g[1]]
            path.append(phi)
        }
        return path
    }

    /// The minima of the loss with penalty strength `lambda` inside the window, lowest first.
    static func minima(lambda: Double) -> [StationaryPoint] {
        StationaryPoint.all(
            in: window, loss: { regularizedLoss($0, lambda: lambda) },
            gradient: { regularizedGradient($0, lambda: lambda) }
        ).filter { $0.kind == .minimum }
    }

    static let plainMinima = minima(lambda: 0)
    static let regularizedMinima = minima(lambda: lambda)
}
