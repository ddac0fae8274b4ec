import Plot

extension FittingModels {
    /// Figure 6.5: gradient descent with line search (a) and SGD (b) from the same three starts.
    @Sendable static func figure6_5() -> Figure {
        let field = gaborField()
        var figure = Figure(columns: 2, rows: 1, panelWidth: 330, panelHeight: 300)
        for (index, paths) in [comparisonDescentPaths(), comparisonStochasticPaths()].enumerated() {
            var axes = gaborAxes(field)
            for (k, path) in paths.enumerated() {
                drawPath(path, on: &axes, dotSize: index == 0 ? 4.5 : 3)
                axes.text(
                    "\(k + 1)", at: Point(path[0][0] + 0.5, path[0][1] + 0.4), anchor: .bottomLeft, size: 12,
                    color: .white)
            }
            axes.title = index == 0 ? "Gradient descent, line search" : "Stochastic gradient descent"
            figure[index] = axes
        }
        return figure
    }
}
