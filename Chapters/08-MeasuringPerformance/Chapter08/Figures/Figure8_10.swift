import Plot

extension MeasuringPerformance {
    /// Figure 8.10a, b: training and test error against the width of the two hidden layers, without
    /// and with 15 % label noise, from the committed results of notebook 8.3's sweep
    /// (`Results/double-descent-noise-0.csv`, `-noise-15.csv`).
    @Sendable static func figure8_10() -> Figure {
        figure8_10(
            clean: DoubleDescentFile.committed(noisePercent: 0).results,
            noisy: DoubleDescentFile.committed(noisePercent: 15).results, trainingExamples: 4000)
    }

    /// The figure for any two sweeps; the dashed line marks the width whose parameter count is
    /// closest to `trainingExamples`.
    static func figure8_10(
        clean: [DoubleDescentResult], noisy: [DoubleDescentResult], trainingExamples: Int
    ) -> Figure {
        var figure = Figure(columns: 2, rows: 1, panelWidth: 330, panelHeight: 260)
        for (index, results) in [clean, noisy].enumerated() {
            let widths = results.map { Double($0.width) }
            var axes = Axes()
            axes.xLimits = 0...(widths.max() ?? 1)
            // A little room below zero, so the training error's zero run stays clear of the axis.
            axes.yLimits = -3...100
            axes.yTicks = [0, 20, 40, 60, 80, 100]
            axes.xLabel = "Hidden units per layer"
            axes.yLabel = "Percent error"
            if let threshold = DoubleDescent.interpolationThreshold(
                widths: results.map(\.width), trainingExamples: trainingExamples)
            {
                axes.vline(x: Double(threshold), color: .gray, width: 1.2, dash: [5, 3])
            }
            axes.line(x: widths, y: results.map { 100 * $0.trainError }, color: .bookOrange, width: 2, label: "train")
            axes.scatter(x: widths, y: results.map { 100 * $0.trainError }, color: .bookOrange, size: 4)
            axes.line(x: widths, y: results.map { 100 * $0.testError }, color: .bookCyan, width: 2, label: "test")
            axes.scatter(x: widths, y: results.map { 100 * $0.testError }, color: .bookCyan, size: 4)
            axes.legend(position: .upperRight)
            figure[index] = axes
        }
        return figure
    }
}
