import Neural
import Plot

extension Regularization {
    /// Figure 9.2: the 14-unit simplified model fitted to fifteen points with six strengths of L2.
    @Sendable static func figure9_2() -> Figure {
        let data = RidgeFits.data
        var figure = Figure(columns: 3, rows: 2, panelWidth: 250, panelHeight: 210)
        for (index, lambda) in RidgeFits.figureLambdas.enumerated() {
            var axes = regressionAxes()
            drawTruthAndData(on: &axes, x: data.x, y: data.y)
            let model = RidgeFits.fit(x: data.x, y: data.y, lambda: lambda)
            axes.function({ model($0) }, over: 0...1, samples: 400, color: .bookCyan, width: 2)
            axes.title = "λ = " + (lambda == 1 ? "1" : Ticks.powerLabel(lambda))
            figure[index] = axes
        }
        return figure
    }
}
