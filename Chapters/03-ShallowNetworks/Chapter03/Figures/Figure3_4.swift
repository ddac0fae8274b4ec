import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.4 (its caption is in `Figures.swift`): (a) every parameter as an arrow with its name,
    /// offsets in orange from nodes holding 1, a ReLU mark at each hidden unit; (b) the same network with
    /// the offsets, ReLU marks and names left out.
    static func figure3_4() -> Figure {
        var full = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3"], ["y"]])
        full.showBiases = true
        full.arrows = true
        full.arrowGap = 0.27
        var simple = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3"], ["y"]])
        simple.arrows = true
        simple.arrowGap = 0.27
        var fig = Figure(columns: 2, rows: 1, panelWidth: 340, panelHeight: 300)
        var annotated = full.axes()
        // Each parameter's name sits on its arrow at the given fraction of the way from source to target,
        // as (source, target, fraction, name); the fractions keep crossing arrows' names apart.
        let bias0 = full.biasPosition(layer: 0)
        let bias1 = full.biasPosition(layer: 1)
        let x = full.position(layer: 0, node: 0)
        let y = full.position(layer: 2, node: 0)
        var names: [(Point, Point, Double, String, Color)] = []
        for d in 0..<3 {
            let h = full.position(layer: 1, node: d)
            names.append((x, h, 0.4, "θ_{\(d + 1)1}", .black))
            names.append((bias0, h, 0.72, "θ_{\(d + 1)0}", full.biasColor))
            names.append((h, y, 0.5, "φ_\(d + 1)", .black))
        }
        names.append((bias1, y, 0.5, "φ_0", full.biasColor))
        for (from, to, t, name, color) in names {
            let at = Point(from.x + t * (to.x - from.x), from.y + t * (to.y - from.y))
            annotated.text(name, at: at, anchor: .bottom, size: 9, color: color)
        }
        // A ReLU mark above each hidden unit: flat, then rising.
        for d in 0..<3 {
            let h = full.position(layer: 1, node: d)
            annotated.line(
                x: [h.x - 0.15, h.x, h.x + 0.15], y: [h.y + 0.38, h.y + 0.38, h.y + 0.53], color: .black, width: 1.2)
        }
        fig[0] = annotated
        fig[1] = simple.axes()
        return fig
    }
}
