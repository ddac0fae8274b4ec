import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.12 (its caption is in `Figures.swift`): the layers, the weights on the forward
    /// connections, and the pre-activations going into a hidden unit and the activations coming out of it.
    static func figure3_12() -> Figure {
        var diagram = NetworkDiagram(layers: [["x_1", "x_2", "x_3"], ["h_1", "h_2", "h_3", "h_4"], ["y_1", "y_2"]])
        diagram.arrows = true
        diagram.arrowGap = 0.27
        diagram.connectionLabels = ["Weights", "Weights"]
        var ax = diagram.axes()
        // Under the lowest hidden unit: what goes in (pre-activations) and what comes out (activations).
        let h4 = diagram.position(layer: 1, node: 3)
        ax.arrow(from: Point(h4.x - 0.75, h4.y - 0.65), to: Point(h4.x - 0.24, h4.y - 0.2), color: .gray, width: 1)
        ax.text("Pre-activations", at: Point(h4.x - 0.75, h4.y - 0.65), anchor: .topRight, size: 10, color: .gray)
        ax.arrow(from: Point(h4.x + 0.75, h4.y - 0.65), to: Point(h4.x + 0.24, h4.y - 0.2), color: .gray, width: 1)
        ax.text("Activations", at: Point(h4.x + 0.75, h4.y - 0.65), anchor: .topLeft, size: 10, color: .gray)
        let titleY = h4.y - 1.25
        for (layer, title) in ["Input layer", "Hidden layer", "Output layer"].enumerated() {
            ax.text(title, at: Point(Double(layer) * diagram.layerSpacing, titleY), anchor: .top, size: 11)
        }
        ax.text("(hidden units, neurons)", at: Point(h4.x, titleY - 0.4), anchor: .top, size: 10)
        ax.yLimits = (titleY - 0.85)...ax.yLimits!.upperBound
        return Figure(ax, width: 460, height: 360)
    }
}
