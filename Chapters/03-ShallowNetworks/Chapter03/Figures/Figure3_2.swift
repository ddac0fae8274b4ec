import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.2 (its caption is in `Figures.swift`).
    static func figure3_2() -> Figure {
        var fig = Figure(columns: 3, rows: 1, panelWidth: 260, panelHeight: 230)
        for (index, net) in [figure33, figure32b, figure32c].enumerated() {
            fig.panel(index) { ax in
                ax = oneInputAxes()
                ax.xLabel = "Input, x"
                if index == 0 { ax.yLabel = "Output, y" }
                for joint in net.joints where inputRange.contains(joint) {
                    ax.vline(x: joint, color: .gray, dash: [2, 3])
                }
                ax.function(net.callAsFunction, over: inputRange, samples: 801, color: .bookCyan, width: 2.5)
            }
        }
        return fig
    }
}
