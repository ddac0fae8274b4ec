import Plot

extension FittingModels {
    /// Figure 6.7: SGD without (a) and with (b) momentum, notebook 6.4's runs.
    @Sendable static func figure6_7() -> Figure {
        let field = gaborField()
        let runs = momentumRuns()
        var figure = Figure(columns: 2, rows: 1, panelWidth: 330, panelHeight: 300)
        for (index, (title, path)) in [("SGD", runs.sgd), ("SGD with momentum, β = 0.6", runs.momentum)].enumerated() {
            var axes = gaborAxes(field)
            drawPath(path, on: &axes, dotSize: 3)
            axes.title = title
            figure[index] = axes
        }
        return figure
    }
}
