import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.7 (its caption is in `Figures.swift`).
    static func figure3_7() -> Figure {
        Figure(
            NetworkDiagram(layers: [["x_1", "x_2"], ["h_1", "h_2", "h_3"], ["y"]]).axes(), width: 300, height: 240)
    }
}
