import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.1 (its caption is in `Figures.swift`).
    static func figure3_1() -> Figure {
        var ax = Axes()
        ax.xLimits = -5...5; ax.yLimits = -5...5
        ax.aspect = .equal
        ax.xLabel = "Input, z"; ax.yLabel = "ReLU[z]"
        ax.hline(y: 0, color: .lightGray); ax.vline(x: 0, color: .lightGray)
        ax.function({ max($0, 0) }, over: -5...5, samples: 201, color: .bookCyan, width: 2.5)
        return Figure(ax, width: 300, height: 280)
    }
}
