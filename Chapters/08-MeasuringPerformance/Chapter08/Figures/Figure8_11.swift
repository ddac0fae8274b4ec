import Neural
import Plot

extension MeasuringPerformance {
    /// The capacities of figure 8.11: eight units, the fewest whose joints let the model pass through
    /// the eight points (with seven, three joints fall in the empty middle and act as one), then more.
    static let figure811Capacities = [8, 10, 20, 50, 200]

    /// Figure 8.11: sparse data with an empty middle (a), fitted exactly by models of growing
    /// capacity (b–f), each the fit of smallest norm.
    @Sendable static func figure8_11() -> Figure {
        let data = Interpolation.sparseData
        var figure = Figure(columns: 3, rows: 2, panelWidth: 230, panelHeight: 190)
        var first = regressionAxes()
        drawTruth(on: &first)
        first.scatter(x: data.x, y: data.y, color: .bookOrange, size: 7)
        figure[0] = first
        for (k, capacity) in figure811Capacities.enumerated() {
            let model = SimplifiedModel.fit(x: data.x, y: data.y, hiddenUnits: capacity)
            var axes = regressionAxes()
            axes.title = "\(capacity) hidden units"
            drawTruth(on: &axes)
            axes.function({ model($0) }, over: 0...1, samples: 800, color: .bookCyan, width: 2)
            axes.scatter(x: data.x, y: data.y, color: .bookOrange, size: 7)
            figure[k + 1] = axes
        }
        return figure
    }
}
