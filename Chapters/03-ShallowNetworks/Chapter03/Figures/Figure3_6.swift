import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.6b (its caption is in `Figures.swift`).
    static func figure3_6b() -> Figure {
        let net = figure36
        var ax = oneInputAxes()
        ax.letter = "b"
        ax.yLimits = -1.5...1.5
        ax.yTicks = [-1, 0, 1]
        ax.xLabel = "Input, x"; ax.yLabel = "Outputs, y_1 and y_2"
        let w = net.layers[0].weights
        let b = net.layers[0].biases
        for d in 0..<w.rows { ax.vline(x: -b[d] / w[d, 0], color: .gray, dash: [2, 3]) }
        let xs = (0...800).map { 2 * Double($0) / 800 }
        let outputs = net(Matrix(row: xs))
        ax.line(x: xs, y: outputs.row(0), color: .bookCyan, width: 2.5, label: "y_1")
        ax.line(x: xs, y: outputs.row(1), color: .bookOrange, width: 2.5, label: "y_2")
        ax.legend(position: .lowerLeft)
        return Figure(ax, width: 340, height: 280)
    }
}
