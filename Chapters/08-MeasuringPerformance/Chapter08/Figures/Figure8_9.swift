import Neural
import Plot

extension MeasuringPerformance {
    /// Figure 8.9: bias, variance and their sum against capacity (notebook 8.2's sweep).
    @Sendable static func figure8_9() -> Figure {
        let sweep = BiasVariance.capacitySweep
        let capacity = sweep.map { Double($0.capacity) }
        var figure = Figure(columns: 1, rows: 1, panelWidth: 380, panelHeight: 280)
        var axes = Axes()
        axes.xLimits = 1...12
        axes.xTicks = (1...12).map(Double.init)
        axes.yLimits = 0...0.5
        axes.xLabel = "Model capacity (hidden units)"
        axes.yLabel = "Error"
        axes.line(x: capacity, y: sweep.map(\.bias), color: .bookOrange, width: 2, label: "bias")
        axes.line(x: capacity, y: sweep.map(\.variance), color: .bookCyan, width: 2, label: "variance")
        axes.line(
            x: capacity, y: sweep.map { $0.bias + $0.variance }, color: .gray, width: 2, dash: [5, 3],
            label: "bias + variance")
        axes.legend(position: .upperRight)
        figure[0] = axes
        return figure
    }
}
