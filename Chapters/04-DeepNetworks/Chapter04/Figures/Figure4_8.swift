import Companion
import Foundation
import Neural
import Plot

extension DeepNetworks {
    /// Draws figure 4.8 (its caption is in `Figures.swift`).
    static func figure4_8() -> Figure {
        let xs = linspace(-1...1, samples)
        var fig = Figure(columns: 3, rows: 1, panelWidth: 260, panelHeight: 250)
        fig[0] = compositionDiagram(inputs: ["x"], secondHidden: 3)
        fig[1] = unitAxes(xLabel: "Input, x", yLabel: "Output, y", letter: "b")
        fig.panel(1) { $0.line(x: xs, y: xs.map { figure48First($0) }, color: .bookCyan, width: 2) }
        fig[2] = unitAxes(xLabel: "Input, y", yLabel: "Output, y′", letter: "c")
        fig.panel(2) { $0.line(x: xs, y: xs.map { figure48Second($0) }, color: .bookCyan, width: 2) }
        return fig
    }
}
