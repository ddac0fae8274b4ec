import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.6 (its caption is in `Figures.swift`): (a) the network's diagram, (b) its two outputs.
    static func figure3_6() -> Figure {
        let net = figure36
        var fig = Figure(columns: 2, rows: 1, panelWidth: 300, panelHeight: 280)
        fig[0] = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3", "h_4"], ["y_1", "y_2"]]).axes()
        var ax = oneInputAxes()
        ax.letter = "b"
        ax.yLimits = -1.5...1.5
        ax.yTicks = [-1, 0, 1]
        ax.xLabel = "Input, x"; ax.yLabel = "Outputs, y_1 and y_2"
        let w = net.layers[0].weights
        let b = net.layers[0].biases
        let joints = (0..<w.rows).map { -b[$0] / w[$0, 0] }
        for joint in joints { ax.vline(x: joint, color: .gray, dash: [2, 3]) }
        // Both outputs are linear between the joints: the ends and the joints draw them exactly.
        let xs = ([0, 2] + joints.filter { $0 > 0 && $0 < 2 }).sorted()
        let outputs = net(Matrix(row: xs))
        ax.line(x: xs, y: outputs.row(0), color: .bookCyan, width: 2.5, label: "y_1")
        ax.line(x: xs, y: outputs.row(1), color: .bookOrange, width: 2.5, label: "y_2")
        ax.legend(position: .lowerLeft)
        fig[1] = ax
        return fig
    }
}
