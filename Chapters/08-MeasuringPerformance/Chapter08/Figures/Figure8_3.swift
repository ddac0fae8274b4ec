import Neural
import Plot

extension MeasuringPerformance {
    /// Figure 8.3: the true function, its noise band and fifteen points (notebook 8.2's first data, seed 1).
    @Sendable static func figure8_3() -> Figure {
        var figure = Figure(columns: 1, rows: 1, panelWidth: 360, panelHeight: 270)
        var axes = regressionAxes()
        drawNoiseBand(on: &axes)
        var random = NumPyRandomState(seed: 1)
        let data = ToyRegression.sample(count: 15, sigma: BiasVariance.sigma, random: &random)
        axes.scatter(x: data.x, y: data.y, color: .bookOrange, size: 7)
        figure[0] = axes
        return figure
    }
}
