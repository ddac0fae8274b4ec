import Neural
import Plot

extension MeasuringPerformance {
    /// The capacities figure 8.7 compares (the book shows three; it does not say which).
    static let figure87Capacities = [3, 6, 10]

    /// Figure 8.7: as the capacity grows the bias shrinks (a–c) and the variance grows (d–f);
    /// 100 training sets of 15 points per capacity, seed 1.
    @Sendable static func figure8_7() -> Figure {
        var figure = Figure(columns: 3, rows: 2, panelWidth: 230, panelHeight: 190)
        var random = NumPyRandomState(seed: 1)
        for (k, capacity) in figure87Capacities.enumerated() {
            var bias = biasPanel(hiddenUnits: capacity)
            bias.title = "\(capacity) regions"
            figure[k] = bias
            figure[3 + k] = variancePanel(points: 15, datasets: 100, hiddenUnits: capacity, random: &random)
        }
        return figure
    }
}
