import Neural
import Plot

extension MeasuringPerformance {
    /// Figure 8.8: three training sets of fifteen points (seed 1), each fitted with three regions
    /// (a–c) and with ten (d–f).
    @Sendable static func figure8_8() -> Figure {
        var figure = Figure(columns: 3, rows: 2, panelWidth: 230, panelHeight: 190)
        var random = NumPyRandomState(seed: 1)
        for k in 0..<3 {
            let data = ToyRegression.sample(count: 15, sigma: BiasVariance.sigma, random: &random)
            for (row, capacity) in [3, 10].enumerated() {
                let model = SimplifiedModel.fit(x: data.x, y: data.y, hiddenUnits: capacity)
                var axes = regressionAxes()
                drawTruth(on: &axes)
                axes.function({ model($0) }, over: 0...1, color: .bookCyan, width: 2)
                axes.scatter(x: data.x, y: data.y, color: .bookOrange, size: 6)
                figure[row * 3 + k] = axes
            }
        }
        return figure
    }
}
