import Plot

extension Regularization {
    /// Figure 9.5: test error against the learning rate (a) and against the batch size (b), from the
    /// committed sweep.
    @Sendable static func figure9_5() -> Figure { figure9_5(RateAndBatchFile.committed) }

    static func figure9_5(_ results: [RateAndBatch.Result]) -> Figure {
        var figure = Figure(columns: 2, rows: 1, panelWidth: 330, panelHeight: 260)
        for (index, panel) in [RateAndBatch.Panel.rate, .batch].enumerated() {
            let mine = results.filter { $0.setting.panel == panel }
            var axes = Axes()
            axes.xScale = .log
            // A little room below zero, so the training error's zero run stays clear of the axis.
            axes.yLimits = -3...100
            axes.yTicks = [0, 20, 40, 60, 80, 100]
            axes.xLabel = panel == .rate ? "Learning rate" : "Batch size"
            axes.yLabel = "Percent error"
            let x = mine.map(\.setting.value)
            axes.line(x: x, y: mine.map { 100 * $0.testError }, color: .bookCyan, width: 2, label: "test")
            axes.scatter(x: x, y: mine.map { 100 * $0.testError }, color: .bookCyan, size: 6)
            axes.line(x: x, y: mine.map { 100 * $0.trainError }, color: .bookOrange, width: 2, label: "train")
            axes.scatter(x: x, y: mine.map { 100 * $0.trainError }, color: .bookOrange, size: 6)
            axes.legend(position: .upperRight)
            figure[index] = axes
        }
        return figure
    }
}
