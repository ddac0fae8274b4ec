import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.14 (its caption is in `Figures.swift`).
    static func figure3_14() -> Figure {
        var fig = Figure(columns: 3, rows: 1, panelWidth: 230, panelHeight: 210)
        let net = figure314
        for d in 0..<3 {
            fig.panel(d) { ax in
                ax = oneInputAxes("θ_{\(d + 1)0} + θ_{\(d + 1)1}x")
                ax.xLabel = "Input, x"
                ax.hline(y: 0, color: .lightGray)
                ax.function({ net.preActivation(d, $0) }, over: inputRange, samples: 401, color: .bookCyan, width: 2)
            }
        }
        return fig
    }
}
