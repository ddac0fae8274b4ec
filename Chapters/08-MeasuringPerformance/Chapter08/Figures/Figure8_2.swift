import Plot

extension MeasuringPerformance {
    /// Figure 8.2: error and loss on the training and test sets against the step, from the
    /// committed record of section 8.1's run (`Results/figure-8.2.csv`).
    @Sendable static func figure8_2() -> Figure {
        let rows = TrainingCurves.committed
        let steps = rows.map { Double($0.step) }
        var figure = Figure(columns: 2, rows: 1, panelWidth: 330, panelHeight: 260)
        var errors = Axes()
        errors.xLimits = 0...6000
        errors.yLimits = 0...100
        errors.xLabel = "Training step"
        errors.yLabel = "Percent error"
        errors.line(x: steps, y: rows.map { 100 * $0.trainError }, color: .bookOrange, width: 2, label: "train")
        errors.line(x: steps, y: rows.map { 100 * $0.testError }, color: .bookCyan, width: 2, label: "test")
        errors.legend(position: .upperRight)
        figure[0] = errors
        var losses = Axes()
        losses.xLimits = 0...6000
        losses.yLimits = 0...2.5
        losses.xLabel = "Training step"
        losses.yLabel = "Loss"
        losses.line(x: steps, y: rows.map(\.trainLoss), color: .bookOrange, width: 2, label: "train")
        losses.line(x: steps, y: rows.map(\.testLoss), color: .bookCyan, width: 2, label: "test")
        losses.legend(position: .upperRight)
        figure[1] = losses
        return figure
    }
}
