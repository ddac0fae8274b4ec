import Companion
import Foundation
import Neural
import Plot

extension DeepNetworks {
    /// Draws figure 4.7 (its caption is in `Figures.swift`).
    static func figure4_7() -> Figure {
        var fig = Figure(columns: 2, rows: 1, panelWidth: 380, panelHeight: 320)
        let depths = 1...5
        for (index, inputs) in [1, 10].enumerated() {
            fig.panel(index) { ax in
                ax.xScale = .log
                ax.yScale = .log
                ax.xLabel = "Number of parameters"
                ax.yLabel = "Number of linear regions"
                ax.title = "D_i = \(inputs)"
                let widths = inputs == 1 ? Array(2...100) : Array(stride(from: 10, through: 100, by: 10))
                for layers in depths {
                    let x = widths.map {
                        Double(DeepRegionBound.parameterCount(inputDimensions: inputs, hiddenUnits: $0, layers: layers))
                    }
                    let y = widths.map {
                        DeepRegionBound.maximumRegions(inputDimensions: inputs, hiddenUnits: $0, layers: layers)
                    }
                    ax.line(x: x, y: y, color: Color.series[layers - 1], width: 1.8, label: "K = \(layers)")
                    if inputs == 10 { ax.scatter(x: x, y: y, color: Color.series[layers - 1], size: 4) }
                }
                let (units, note) =
                    inputs == 1
                    ? (10, "471 parameters,\n161,051 regions") : (50, "10,801 parameters,\n>10^{40} regions")
                let px = Double(DeepRegionBound.parameterCount(inputDimensions: inputs, hiddenUnits: units, layers: 5))
                let py = DeepRegionBound.maximumRegions(inputDimensions: inputs, hiddenUnits: units, layers: 5)
                ax.scatter(x: [px], y: [py], color: .bookOrange, size: 10, edge: .black)
                // Two lines of text up and to the left of the point, where no curve runs.
                let spacing = inputs == 1 ? 0.5 : 3.8
                for (line, text) in note.split(separator: "\n").enumerated() {
                    ax.text(
                        String(text), at: Point(px / 1.5, py * pow(10, Double(2 - line) * spacing)), anchor: .right,
                        size: 9)
                }
                ax.legend(position: .lowerRight)
            }
        }
        return fig
    }
}
