import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.4 (its caption is in `Figures.swift`).
    static func figure3_4() -> Figure {
        var full = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3"], ["y"]])
        full.showBiases = true
        let simple = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3"], ["y"]])
        var fig = Figure(columns: 2, rows: 1, panelWidth: 300, panelHeight: 260)
        fig[0] = full.axes()
        fig[1] = simple.axes()
        return fig
    }
}
