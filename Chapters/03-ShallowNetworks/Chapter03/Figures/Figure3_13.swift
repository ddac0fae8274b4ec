import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.13 (its caption is in `Figures.swift`).
    static func figure3_13() -> Figure {
        var fig = Figure(columns: 3, rows: 2, panelWidth: 260, panelHeight: 230)
        let colors: [Color] = [.bookCyan, .bookOrange, Color(rgb: 0x6a6ad0)]
        for (index, panel) in figure313Panels.enumerated() {
            fig.panel(index) { ax in
                ax.xLimits = -4...4
                ax.yLimits = index == 0 ? -1.2...1.2 : -2...4
                ax.xLabel = "Input, z"
                if index % 3 == 0 { ax.yLabel = "Activation, a[z]" }
                ax.hline(y: 0, color: .lightGray); ax.vline(x: 0, color: .lightGray)
                for (k, (activation, label)) in panel.enumerated() {
                    ax.function(activation.apply, over: -4...4, samples: 401, color: colors[k], width: 2, label: label)
                }
                ax.legend(position: .upperLeft)
            }
        }
        return fig
    }
}
