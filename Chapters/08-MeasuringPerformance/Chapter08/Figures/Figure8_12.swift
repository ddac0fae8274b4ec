import Neural
import Plot

extension MeasuringPerformance {
    /// Figure 8.12: three fits of the 50-unit model that all pass through the eight points (training
    /// loss zero): the smallest one (a), and the smallest plus random null-space directions with
    /// slope changes of about 10 and 20 (b, c; seed 2).
    @Sendable static func figure8_12() -> Figure {
        let data = Interpolation.sparseData
        var random = NumPyRandomState(seed: 2)
        let models =
            [SimplifiedModel.fit(x: data.x, y: data.y, hiddenUnits: 50)]
            + [10.0, 20].map { scale in
                Interpolation.otherExactFit(
                    x: data.x, y: data.y, hiddenUnits: 50, z: random.normal(loc: 0, scale: scale, count: 51))
            }
        var figure = Figure(columns: 3, rows: 1, panelWidth: 230, panelHeight: 200)
        for (k, model) in models.enumerated() {
            var axes = regressionAxes()
            drawTruth(on: &axes)
            axes.function({ model($0) }, over: 0...1, samples: 800, color: .bookCyan, width: 2)
            axes.scatter(x: data.x, y: data.y, color: .bookOrange, size: 7)
            figure[k] = axes
        }
        return figure
    }
}
