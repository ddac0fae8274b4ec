import Neural
import Plot

extension Regularization {
    /// Figure 9.7: bagging notebook 9.3's 14-unit model. (a) One fit to all fifteen points (gray);
    /// (b–e) fits to four resamples drawn with replacement, each point's size showing how often it
    /// was drawn; (f) the ensemble's mean (cyan) beside the single fit (gray).
    @Sendable static func figure9_7() -> Figure {
        let bagging = Bagging.notebook
        let data = RidgeFits.data
        var figure = Figure(columns: 3, rows: 2, panelWidth: 250, panelHeight: 210)
        var single = regressionAxes()
        drawTruthAndData(on: &single, x: data.x, y: data.y)
        single.function({ bagging.full($0) }, over: 0...1, samples: 400, color: .gray, width: 2)
        figure[0] = single
        for (index, model) in bagging.models.enumerated() {
            var axes = regressionAxes()
            let counts = data.x.indices.map { i in bagging.resamples[index].count { $0 == i } }
            drawTruthAndData(on: &axes, x: data.x, y: data.y, sizes: counts.map { $0 == 0 ? 0 : 3 + 3.5 * Double($0) })
            axes.function({ model($0) }, over: 0...1, samples: 400, color: .bookCyan, width: 2)
            figure[1 + index] = axes
        }
        var ensemble = regressionAxes()
        drawTruthAndData(on: &ensemble, x: data.x, y: data.y)
        ensemble.function({ bagging.full($0) }, over: 0...1, samples: 400, color: .gray, width: 2, label: "single fit")
        ensemble.function(
            { bagging.mean($0) }, over: 0...1, samples: 400, color: .bookCyan, width: 2, label: "mean of four")
        ensemble.legend(position: .upperRight)
        figure[5] = ensemble
        return figure
    }
}
