import Neural
import Plot

extension MeasuringPerformance {
    /// Figure 8.5: noise (test data around the true function), bias (the best three-region fit) and
    /// variance (three-region fits to 100 training sets of 15 points, seed 1).
    @Sendable static func figure8_5() -> Figure {
        var figure = Figure(columns: 3, rows: 1, panelWidth: 250, panelHeight: 210)
        var noise = regressionAxes()
        drawNoiseBand(on: &noise)
        var random = NumPyRandomState(seed: 1)
        let test = ToyRegression.sample(count: 30, sigma: BiasVariance.sigma, random: &random)
        noise.scatter(x: test.x, y: test.y, color: .gray, size: 5)
        figure[0] = noise
        figure[1] = biasPanel(hiddenUnits: 3)
        var variance = variancePanel(points: 15, datasets: 100, hiddenUnits: 3, random: &random)
        let data = ToyRegression.sample(count: 15, sigma: BiasVariance.sigma, random: &random)
        variance.scatter(x: data.x, y: data.y, color: .bookOrange, size: 6)
        figure[2] = variance
        return figure
    }
}
