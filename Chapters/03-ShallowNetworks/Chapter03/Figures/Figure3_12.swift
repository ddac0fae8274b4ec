import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.12 (its caption is in `Figures.swift`).
    static func figure3_12() -> Figure {
        var diagram = NetworkDiagram(layers: [["x_1", "x_2", "x_3"], ["h_1", "h_2", "h_3", "h_4"], ["y_1", "y_2"]])
        diagram.layerTitles = ["Input layer", "Hidden layer", "Output layer"]
        return Figure(diagram.axes(), width: 380, height: 300)
    }
}
