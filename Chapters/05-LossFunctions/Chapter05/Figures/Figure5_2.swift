import Companion
import Foundation
import Neural
import Plot

extension LossFunctions {
    /// Draws figure 5.2 (its caption is in `Figures.swift`).
    static func figure5_2() -> Figure {
        var fig = Figure(columns: 3, rows: 1, panelWidth: 240, panelHeight: 230)
        let g = { (z: Double) in
            0.9 * exp(-(z - 2.2) * (z - 2.2) / 0.8) + 0.5 * exp(-(z - 3.8) * (z - 3.8) / 0.3) + 0.02
        }
        let zs = linspace(0, 5, 2001)
        let peak = zs.max { g($0) < g($1) }!
        fig.panel(0) { ax in
            ax.function(log, over: 0.01...5, color: .bookCyan, width: 2)
            ax.xLimits = 0...5; ax.yLimits = -4...2
            ax.xLabel = "z"; ax.yLabel = "log[z]"
        }
        fig.panel(1) { ax in
            ax.function(g, over: 0...5, color: .bookCyan, width: 2)
            ax.vline(x: peak, color: .bookOrange, dash: [4, 3])
            ax.xLimits = 0...5; ax.yLimits = 0...1.1
            ax.xLabel = "z"; ax.yLabel = "g[z]"
        }
        fig.panel(2) { ax in
            ax.function({ log(g($0)) }, over: 0...5, color: .bookCyan, width: 2)
            ax.vline(x: peak, color: .bookOrange, dash: [4, 3])
            ax.xLimits = 0...5; ax.yLimits = -4.5...0.5
            ax.xLabel = "z"; ax.yLabel = "log[g[z]]"
        }
        return fig
    }
}
