import Companion
import Neural
import Plot

extension Regularization {
    /// Figure 9.10: the 14-unit model fitted with input noise of three sizes; the small dots are ten
    /// noise samples of each point.
    @Sendable static func figure9_10() -> Figure {
        let data = RidgeFits.data
        var figure = Figure(columns: 3, rows: 1, panelWidth: 260, panelHeight: 230)
        for (index, deviation) in InputNoise.figureDeviations.enumerated() {
            var axes = regressionAxes()
            let dots = InputNoise.noisyInputs(data.x, deviation: deviation, count: 10, seed: 8)
            axes.scatter(x: dots, y: data.y.flatMap { Array(repeating: $0, count: 10) }, color: .bookOrange, size: 2.5)
            drawTruthAndData(on: &axes, x: data.x, y: data.y)
            let model = InputNoise.fit(deviation: deviation)
            axes.function({ model($0) }, over: 0...1, samples: 400, color: .bookCyan, width: 2)
            axes.title = "σ_x = " + Narrator.format(deviation, digits: 2)
            figure[index] = axes
        }
        return figure
    }
}
