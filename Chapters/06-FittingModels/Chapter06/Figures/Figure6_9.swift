import Neural
import Plot

extension FittingModels {
    /// Figure 6.9: gradient descent with a small and a large step, normalised gradients and Adam (notebook 6.5).
    @Sendable static func figure6_9() -> Figure {
        let field = Field(xs: linspace(-1...1, 201), ys: linspace(-1...1, 201)) { anisotropicLoss([$0, $1]) }
        let runs = anisotropicRuns()
        let panels = [
            ("Gradient descent, α = 0.08", runs.slow), ("Gradient descent, α = 1.0", runs.unstable),
            ("Normalised gradients", runs.normalized), ("Adam", runs.adam),
        ]
        var figure = Figure(columns: 2, rows: 2, panelWidth: 300, panelHeight: 290)
        for (index, (title, path)) in panels.enumerated() {
            var axes = lossAxes(field)
            axes.xLabel = "φ_0"
            axes.yLabel = "φ_1"
            axes.aspect = .equal
            // Every step in the line; dots only where they do not overlap, and the end marked.
            axes.line(x: path.map { $0[0] }, y: path.map { $0[1] }, color: .pathTeal, width: 1.6)
            let dots = spacedPositions(path, spacing: 0.05)
            axes.scatter(x: dots.map { $0[0] }, y: dots.map { $0[1] }, color: .pathTeal, size: 4, edge: .black)
            axes.scatter(
                x: [path.last![0]], y: [path.last![1]], color: .pathTeal, size: 9, marker: .diamond, edge: .black)
            axes.scatter(x: [0.7], y: [0], color: .white, size: 6, marker: .plus)
            axes.title = title
            figure[index] = axes
        }
        return figure
    }
}
