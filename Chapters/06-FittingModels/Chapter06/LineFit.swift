import Neural

extension FittingModels {
    /// The twelve points of figure 6.1a (the data of chapter 2).
    static let line = BookData.line12

    /// Where the descent of figure 6.1 starts; the book does not say, so we use notebook 6.2's φ = (1.6, −0.5).
    static let lineStart = [1.6, -0.5]

    /// Notebook 6.2's line search: α ∈ [0, 0.1], threshold 1e-5, at most 15 bracket updates.
    static let notebookLineSearch = LineSearchGradientDescent(maxDistance: 0.1, threshold: 1e-5, maxIterations: 15)

    static func lineLoss(_ phi: [Double]) -> Double {
        LinearRegression(intercept: phi[0], slope: phi[1]).loss(x: line.x, y: line.y)
    }

    static func lineGradient(_ phi: [Double]) -> [Double] {
        LinearRegression(intercept: phi[0], slope: phi[1]).gradient(x: line.x, y: line.y)
    }

    /// Gradient descent with a line search at every step (eq. 6.3, figure 6.1): the path φ_0 … φ_steps.
    static func lineDescentPath(from start: [Double] = lineStart, steps: Int = 10) -> [[Double]] {
        var phi = start
        var path = [phi]
        for _ in 0..<steps {
            notebookLineSearch.step(&phi, gradient: lineGradient(phi), loss: lineLoss)
            path.append(phi)
        }
        return path
    }
}
