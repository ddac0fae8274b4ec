import Neural

extension FittingModels {
    /// The twelve points of figure 6.1a (the data of chapter 2).
    static let line = BookData.line12

    /// Where notebook 6.2's descent starts, φ = (1.6, −0.5): the `linear` demo and the notebook exercise.
    static let lineStart = [1.6, -0.5]

    /// Notebook 6.2's line search: α ∈ [0, 0.1], threshold 1e-5, at most 15 bracket updates.
    static let notebookLineSearch = LineSearchGradientDescent(maxDistance: 0.1, threshold: 1e-5, maxIterations: 15)

    /// Where figure 6.1's descent starts (the book does not say): figure 2.4's φ = (1.1, −0.8). From the
    /// notebook's start four steps only reach L = 0.65 (the minimum is 0.20); from here they reach 0.203,
    /// "close to the minimum" as the caption says.
    static let figureLineStart = [1.1, -0.8]

    /// Figure 6.1's line search: the notebook's, searching α ∈ [0, 0.5]. Every second step along the valley
    /// wants α ≈ 0.22, which the notebook's α ≤ 0.1 would cut short.
    static let figureLineSearch = LineSearchGradientDescent(maxDistance: 0.5, threshold: 1e-5, maxIterations: 15)

    static func lineLoss(_ phi: [Double]) -> Double {
        LinearRegression(intercept: phi[0], slope: phi[1]).loss(x: line.x, y: line.y)
    }

    static func lineGradient(_ phi: [Double]) -> [Double] {
        LinearRegression(intercept: phi[0], slope: phi[1]).gradient(x: line.x, y: line.y)
    }

    /// Gradient descent with a line search at every step (eq. 6.3, figure 6.1): the path φ_0 … φ_steps.
    /// By default notebook 6.2's start and search.
    static func lineDescentPath(
        from start: [Double] = lineStart, steps: Int = 10, search: LineSearchGradientDescent = notebookLineSearch
    ) -> [[Double]] {
        var phi = start
        var path = [phi]
        for _ in 0..<steps {
            search.step(&phi, gradient: lineGradient(phi), loss: lineLoss)
            path.append(phi)
        }
        return path
    }

    /// Positions 0–4 of figure 6.1.
    static func figureLineDescentPath() -> [[Double]] {
        lineDescentPath(from: figureLineStart, steps: 4, search: figureLineSearch)
    }
}
