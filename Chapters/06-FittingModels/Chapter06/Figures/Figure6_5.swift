import Plot

extension FittingModels {
    /// The colours of figure 6.5's three starts, light enough to read on the dark loss heatmap.
    static let comparisonColors = [Color.pathTeal, Color(rgb: 0xffe066), Color(rgb: 0xd9b3ff)]

    /// Figure 6.5: gradient descent with line search (a) and SGD (b) from the same three starts, one colour
    /// per start, each end marked with a diamond.
    @Sendable static func figure6_5() -> Figure {
        let field = gaborField()
        var figure = Figure(columns: 2, rows: 1, panelWidth: 330, panelHeight: 300)
        // Each start's number sits on the side its paths do not go to.
        let labelOffsets: [(dx: Double, dy: Double, anchor: Anchor)] = [
            (-0.5, 0, .right), (0.5, -0.4, .topLeft), (0.5, 0, .left),
        ]
        for (index, paths) in [comparisonDescentPaths(), comparisonStochasticPaths()].enumerated() {
            var axes = gaborAxes(field)
            for (k, path) in paths.enumerated() {
                let color = comparisonColors[k]
                if index == 0 {
                    drawPath(path, on: &axes, color: color, dotSize: 4.5)
                } else {
                    // 120 SGD steps: a line only, the dots would pile up into a blot.
                    axes.line(x: path.map { $0[0] }, y: path.map { $0[1] }, color: color, width: 1.2)
                    axes.scatter(x: [path[0][0]], y: [path[0][1]], color: color, size: 6, edge: .black)
                }
                let end = path.last!
                axes.scatter(x: [end[0]], y: [end[1]], color: color, size: 11, marker: .diamond, edge: .black)
                let offset = labelOffsets[k]
                axes.text(
                    "\(k + 1)", at: Point(path[0][0] + offset.dx, path[0][1] + offset.dy), anchor: offset.anchor,
                    size: 12, color: color)
            }
            axes.title = index == 0 ? "Gradient descent, line search" : "Stochastic gradient descent"
            figure[index] = axes
        }
        return figure
    }
}
