import Plot

extension FittingModels {
    /// Figure 6.11: three 1-D loss functions with the numbered points of problem 6.6.
    @Sendable static func figure6_11() -> Figure {
        var figure = Figure(columns: 3, rows: 1, panelWidth: 240, panelHeight: 220)
        for (panel, f) in puzzleFunctions.enumerated() {
            var axes = Axes()
            axes.xLimits = 0...1
            axes.yLimits = 0...1
            axes.xLabel = "Parameter, φ"
            axes.yLabel = "Loss, L[φ]"
            axes.function({ f($0) }, over: 0...1, color: .black, width: 1.8)
            for (index, point) in puzzlePoints.enumerated() where point.panel == panel {
                axes.scatter(x: [point.phi], y: [f(point.phi)], color: .bookOrange, size: 8, edge: .black)
                axes.text("\(index + 1)", at: Point(point.phi, f(point.phi) + 0.05), anchor: .bottom, size: 12)
            }
            figure[panel] = axes
        }
        return figure
    }
}
