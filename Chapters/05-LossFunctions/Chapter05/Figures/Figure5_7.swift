import Companion
import Foundation
import Neural
import Plot

extension LossFunctions {
    /// Draws figure 5.7 (its caption is in `Figures.swift`).
    static func figure5_7() -> Figure {
        var ax = Axes()
        ax.function(sigmoid, over: -6...6, color: .bookCyan, width: 2.5)
        ax.hline(y: 0.5, color: .gray, dash: [3, 3])
        ax.vline(x: 0, color: .gray, dash: [3, 3])
        ax.scatter(x: [0], y: [0.5], color: .bookOrange, size: 7, edge: .black)
        ax.xLimits = -6...6; ax.yLimits = 0...1
        ax.xLabel = "Input, z"; ax.yLabel = "sig[z]"
        return Figure(ax, width: 320, height: 250)
    }
}
