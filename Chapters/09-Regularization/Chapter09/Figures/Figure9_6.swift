import Neural
import Plot

extension Regularization {
    /// Figure 9.6: the early-stopping run's function at six steps, from the committed run.
    @Sendable static func figure9_6() -> Figure { figure9_6(EarlyStoppingFile.committed) }

    static func figure9_6(_ run: EarlyStoppingRun) -> Figure {
        let data = RidgeFits.data
        var figure = Figure(columns: 3, rows: 2, panelWidth: 250, panelHeight: 210)
        for (index, step) in EarlyStoppingRun.figurePanels.enumerated() {
            var axes = regressionAxes()
            drawTruthAndData(on: &axes, x: data.x, y: data.y)
            if let record = run.records.first(where: { $0.step == step }) {
                let model = EarlyStoppingRun.model(record.phi)
                axes.function({ model($0) }, over: 0...1, samples: 400, color: .bookCyan, width: 2)
            }
            axes.title = "step \(step)"
            figure[index] = axes
        }
        return figure
    }
}
