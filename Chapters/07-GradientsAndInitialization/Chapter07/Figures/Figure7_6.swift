import Companion
import Foundation
import Neural
import Plot

extension GradientsAndInitialization {
    /// Draws figure 7.6 (its caption is in `Figures.swift`).
    static func figure7_6() -> Figure {
        var ax = Axes()
        ax.xLabel = "Input, z"
        ax.yLabel = "Output"
        ax.xLimits = -1...1
        ax.yLimits = -0.1...1.1
        ax.line(x: [-1, 0, 1], y: [0, 0, 1], color: .bookOrange, width: 2, label: "ReLU[z]")
        ax.line(x: [-1, 0], y: [0, 0], color: .bookCyan, width: 2, dash: [5, 3], label: "∂ReLU[z]/∂z")
        ax.line(x: [0, 1], y: [1, 1], color: .bookCyan, width: 2, dash: [5, 3])
        ax.scatter(x: [0], y: [0], color: .bookCyan, size: 6)
        ax.scatter(x: [0], y: [1], color: .white, size: 6, edge: .bookCyan)
        ax.legend(position: .upperLeft)
        return Figure(ax, width: 320, height: 260)
    }
}
