import Companion
import Foundation
import Neural
import Plot

extension LossFunctions {
    /// Draws figure 5.9 (its caption is in `Figures.swift`).
    static func figure5_9() -> Figure {
        var ax = Axes()
        let lambda = [0.15, 0.3, 0.1, 0.35, 0.1]
        ax.bars(x: [1, 2, 3, 4, 5], heights: lambda, width: 0.6, color: .bookCyan, edge: .black)
        for (k, p) in lambda.enumerated() { ax.text("λ_\(k + 1)", at: Point(Double(k + 1), p + 0.03), size: 10) }
        ax.xTicks = [1, 2, 3, 4, 5]
        ax.xLimits = 0.3...5.7
        ax.yLimits = 0...0.5
        ax.xLabel = "Category, z"
        ax.yLabel = "Probability, Pr(z)"
        return Figure(ax, width: 320, height: 260)
    }
}
