import Neural
import Plot

extension Regularization {
    /// Hidden units dropped in figure 9.8b–d: for each of three training steps and each of the two
    /// hidden layers of four units, every unit kept with probability ½ (seed 5).
    static let figure98Dropped: [[Int: Set<Int>]] = {
        var random = NumPyRandomState(seed: 5)
        return (0..<3).map { _ in
            var dropped: [Int: Set<Int>] = [:]
            for layer in [1, 2] { dropped[layer] = Set((0..<4).filter { _ in random.rand() < 0.5 }) }
            return dropped
        }
    }()

    /// Figure 9.8: a network with two hidden layers (a) and three random dropout masks (b–d), the
    /// dropped units gray and their connections faded.
    @Sendable static func figure9_8() -> Figure {
        let layers = [["x_1", "x_2", "x_3"], ["h_1", "h_2", "h_3", "h_4"], ["h_5", "h_6", "h_7", "h_8"], ["y"]]
        var figure = Figure(columns: 4, rows: 1, panelWidth: 220, panelHeight: 200)
        figure[0] = NetworkDiagram(layers: layers).axes()
        for (index, dropped) in figure98Dropped.enumerated() {
            var diagram = NetworkDiagram(layers: layers)
            diagram.droppedNodes = dropped
            figure[1 + index] = diagram.axes()
        }
        return figure
    }
}
