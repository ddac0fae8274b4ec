import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.11 (its caption is in `Figures.swift`).
    static func figure3_11() -> Figure {
        Figure(
            NetworkDiagram(layers: [["x_1", "x_2", "x_3"], ["h_1", "h_2", "h_3"], ["y_1", "y_2"]]).axes(),
            width: 300, height: 240)
    }
}
