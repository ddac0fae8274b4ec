import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.9 (its caption is in `Figures.swift`).
    static func figure3_9() -> Figure {
        var fig = Figure(columns: 2, rows: 1, panelWidth: 340, panelHeight: 290)
        let highlight = LinearRegions.zaslavskyBound(hiddenUnits: 500, inputDimensions: 100)
        fig.panel(0) { ax in
            logRegionAxes(&ax, xLabel: "Number of hidden units, D", xMax: 1000)
            for (inputs, color) in figure39Inputs {
                let d = (0..<1000).map(Double.init)
                ax.line(
                    x: d, y: (0..<1000).map { LinearRegions.zaslavskyBound(hiddenUnits: $0, inputDimensions: inputs) },
                    color: color, width: 1.8, label: "D_i = \(inputs)")
            }
            ax.scatter(x: [500], y: [highlight], color: .black, size: 9)
            // Upper left is the one corner no curve reaches (lower right hid D_i = 5 and 10).
            ax.legend(position: .upperLeft)
        }
        fig.panel(1) { ax in
            logRegionAxes(&ax, xLabel: "Number of parameters", xMax: 100_000)
            ax.xTicks = [0, 25_000, 50_000, 75_000, 100_000]
            ax.xTickLabels = ["0", "25k", "50k", "75k", "100k"]
            for (inputs, color) in figure39Inputs {
                let hidden = (1..<200).map { $0 * 500 / inputs }
                ax.line(
                    x: hidden.map { Double(Network(sizes: [inputs, $0, 1]).parameterCount) },
                    y: hidden.map { LinearRegions.zaslavskyBound(hiddenUnits: $0, inputDimensions: inputs) },
                    color: color, width: 1.8, label: "D_i = \(inputs)")
            }
            ax.scatter(
                x: [Double(Network(sizes: [100, 500, 1]).parameterCount)], y: [highlight], color: .black, size: 9)
        }
        return fig
    }
}
