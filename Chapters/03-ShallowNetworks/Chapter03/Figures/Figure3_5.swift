import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.5 (its caption is in `Figures.swift`).
    static func figure3_5() -> Figure {
        var fig = Figure(columns: 3, rows: 1, panelWidth: 260, panelHeight: 230)
        for (index, d) in figure35Sizes.enumerated() {
            let net = interpolatingNetwork(hiddenUnits: d, smoothTarget)
            fig.panel(index) { ax in
                ax.xLimits = 0...1; ax.yLimits = -1...1.25
                ax.title = "\(d) regions"
                ax.xLabel = "Input, x"
                if index == 0 { ax.yLabel = "Output, y" }
                ax.function(smoothTarget, over: 0...1, samples: 400, color: .black, width: 1.2, dash: [5, 4])
                ax.function(net.callAsFunction, over: 0...1, samples: 1201, color: .bookCyan, width: 2.5)
            }
        }
        return fig
    }
}
