import Neural
import Plot

extension FittingModels {
    /// The iterations (from 1) that figure 6.10 shows, in the book's order: (a) L[b] > L[c], so [a, b] is
    /// discarded; (b) L[b] < L[c], so [c, d] is; (c) the minimum closely bracketed. On notebook 6.1's
    /// function the first iteration discards [c, d], so the figure starts at the second.
    static let figure6_10Iterations = [2, 3, 5]

    /// Figure 6.10: three stages of the bracketing line search on notebook 6.1's function. The grey band is
    /// [a, d]; the part the comparison of L[b] and L[c] discards is tinted.
    @Sendable static func figure6_10() -> Figure {
        var brackets: [Bracket] = []
        _ = lineSearch(loss: bumpyLoss) { _, bracket in brackets.append(bracket) }
        var figure = Figure(columns: 3, rows: 1, panelWidth: 260, panelHeight: 230)
        for (panel, iteration) in figure6_10Iterations.enumerated() {
            let x = brackets[iteration - 1]
            var axes = Axes()
            axes.xLimits = -0.05...1.05
            axes.yLimits = 0...1.2
            axes.xLabel = "Distance along the line"
            axes.yLabel = "Loss"
            axes.shadeX(range: x.a...x.d)
            if panel < 2 {
                let discarded = bumpyLoss(x.b) > bumpyLoss(x.c) ? x.a...x.b : x.c...x.d
                axes.shadeX(range: discarded, color: Color.bookOrange.withAlpha(0.3))
            }
            axes.function(bumpyLoss, over: 0...1, color: .black, width: 1.5)
            let points = [x.a, x.b, x.c, x.d]
            axes.scatter(
                x: Array(points.dropFirst()), y: points.dropFirst().map(bumpyLoss), color: .bookCyan, size: 8,
                edge: .black)
            axes.scatter(x: [x.a], y: [bumpyLoss(x.a)], color: .bookOrange, size: 9, edge: .black)
            for (name, value) in zip(["a", "b", "c", "d"], points) {
                axes.text(name, at: Point(value, bumpyLoss(value) + 0.06), anchor: .bottom, size: 11)
            }
            axes.title = "Iteration \(iteration)"
            figure[panel] = axes
        }
        return figure
    }
}
