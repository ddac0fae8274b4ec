import Companion
import Foundation
import Neural
import Plot

extension LossFunctions {
    /// Draws figure 5.6 (its caption is in `Figures.swift`).
    static func figure5_6() -> Figure {
        var ax = Axes()
        let lambda = 0.7
        ax.bars(x: [0, 1], heights: [1 - lambda, lambda], width: 0.5, color: .bookCyan, edge: .black)
        ax.text("1 − λ", at: Point(0, 1 - lambda + 0.05), size: 11)
        ax.text("λ", at: Point(1, lambda + 0.05), size: 11)
        ax.xTicks = [0, 1]
        ax.xLimits = -0.6...1.6
        ax.yLimits = 0...1
        ax.xLabel = "Variable, z"
        ax.yLabel = "Probability, Pr(z)"
        ax.title = "Bernoulli, λ = \(lambda)"
        return Figure(ax, width: 280, height: 260)
    }
}
