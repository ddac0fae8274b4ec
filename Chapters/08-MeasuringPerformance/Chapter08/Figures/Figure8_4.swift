import Neural
import Plot

extension MeasuringPerformance {
    /// Three parameter choices for figure 8.4e–g (the book does not give its own).
    static let figure84Parameters: [SimplifiedModel] = [
        SimplifiedModel(beta: 0.5, omega: [2, -4, 3]),
        SimplifiedModel(beta: 2, omega: [-3, 6, -6]),
        SimplifiedModel(beta: 1, omega: [1, 1, -5]),
    ]

    /// Figure 8.4: the network with its first layer fixed (a), the fixed hidden units (b–d,
    /// problem 8.2) and three functions the model can make (e–g).
    @Sendable static func figure8_4() -> Figure {
        var figure = Figure(columns: 4, rows: 2, panelWidth: 220, panelHeight: 190)
        var diagram = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3"], ["y"]])
        diagram.showBiases = true
        diagram.fixedLayers = [0]
        diagram.biasLabels = ["", "\\beta"]
        diagram.layerSpacing = 1.7
        figure[0] = diagram.axes()
        figure.panels[4] = .empty
        for (d, joint) in SimplifiedModel.joints(3).enumerated() {
            var axes = Axes()
            axes.xLimits = 0...1
            axes.yLimits = -0.1...1.1
            axes.xLabel = "Input, x"
            axes.yLabel = "h_\(d + 1)"
            axes.function({ max($0 - joint, 0) }, over: 0...1, color: .black)
            figure[1 + d] = axes
        }
        for (k, model) in figure84Parameters.enumerated() {
            var axes = Axes()
            axes.xLimits = 0...1
            axes.yLimits = -1...3
            axes.xLabel = "Input, x"
            axes.yLabel = "Output, y"
            axes.function({ model($0) }, over: 0...1, color: .bookCyan, width: 2)
            for joint in [1.0 / 3, 2.0 / 3] { axes.vline(x: joint, color: .lightGray, dash: [3, 3]) }
            axes.letter = ["e", "f", "g"][k]
            figure[5 + k] = axes
        }
        return figure
    }
}
