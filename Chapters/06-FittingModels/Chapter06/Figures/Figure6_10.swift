import Neural
import Plot

extension FittingModels {
    /// Figure 6.10: three stages of the bracketing line search on notebook 6.1's function.
    @Sendable static func figure6_10() -> Figure {
        var brackets: [Bracket] = []
        _ = lineSearch(loss: bumpyLoss) { _, bracket in brackets.append(bracket) }
        var figure = Figure(columns: 3, rows: 1, panelWidth: 260, panelHeight: 230)
        for (panel, iteration) in [0, 1, 4].enumerated() {
            let x = brackets[iteration]
            var axes = Axes()
            axes.xLimits = -0.05...1.05
            axes.yLimits = 0...1.2
            axes.xLabel = "Distance along the line"
            axes.yLabel = "Loss"
            axes.shadeX(range: x.a...x.d)
            axes.function(bumpyLoss, over: 0...1, color: .black, width: 1.5)
            let points = [x.a, x.b, x.c, x.d]
            axes.scatter(
                x: Array(points.dropFirst()), y: points.dropFirst().map(bumpyLoss), color: .bookCyan, size: 8,
                edge: .black)
            axes.scatter(x: [x.a], y: [bumpyLoss(x.a)], color: .bookOrange, size: 9, edge: .black)
            for (name, value) in zip(["a", "b", "c", "d"], points) {
                axes.text(name, at: Point(value, bumpyLoss(value) + 0.06), anchor: .bottom, size: 11)
            }
            axes.title = "Iteration \(iteration + 1)"
            figure[panel] = axes
        }
        return figure
    }
}
