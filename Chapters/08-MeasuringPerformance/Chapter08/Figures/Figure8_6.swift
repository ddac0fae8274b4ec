import Neural
import Plot

extension MeasuringPerformance {
    /// Figure 8.6: three fits per training-set size, then the mean and spread over 100 sets (seed 1).
    @Sendable static func figure8_6() -> Figure {
        var figure = Figure(columns: 4, rows: 3, panelWidth: 190, panelHeight: 160)
        var random = NumPyRandomState(seed: 1)
        for (row, size) in dataSizes.enumerated() {
            for k in 0..<3 {
                let data = ToyRegression.sample(count: size, sigma: BiasVariance.sigma, random: &random)
                let model = SimplifiedModel.fit(x: data.x, y: data.y, hiddenUnits: 3)
                var axes = regressionAxes()
                drawTruth(on: &axes)
                axes.function({ model($0) }, over: 0...1, color: .bookCyan, width: 2)
                axes.scatter(x: data.x, y: data.y, color: .bookOrange, size: size > 20 ? 3 : 6)
                figure[row * 4 + k] = axes
            }
            let axes = variancePanel(points: size, datasets: 100, hiddenUnits: 3, random: &random)
            figure[row * 4 + 3] = axes
        }
        return figure
    }
}
