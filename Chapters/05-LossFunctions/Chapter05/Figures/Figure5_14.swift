import Companion
import Foundation
import Neural
import Plot

extension LossFunctions {
    /// Draws figure 5.14 (its caption is in `Figures.swift`).
    static func figure5_14() -> Figure {
        var fig = Figure(columns: 3, rows: 1, panelWidth: 260, panelHeight: 240)
        fig.panel(0) { ax in
            ax.scatter(x: multimodalData.x, y: multimodalData.y, color: .bookOrange, size: 5)
            ax.xLimits = -3...3
            ax.yLimits = -5...6
            ax.xLabel = "Input, x"
            ax.yLabel = "Output, y"
        }
        let mixtures: [[Double]] = [[0.4, -2, 0.5, 3, 1], [0.6, 0, 1, 1.2, 0.3]]
        for (k, theta) in mixtures.enumerated() {
            fig.panel(k + 1) { ax in
                ax.function(
                    { Distributions.mixture($0, theta: theta) }, over: -5...6, color: .bookCyan, width: 2.5,
                    label: "mixture")
                ax.function(
                    { theta[0] * Distributions.normal($0, mean: theta[1], sigma: theta[2].squareRoot()) }, over: -5...6,
                    color: .blue, width: 1.5, dash: [5, 3], label: "λ N(μ_1, σ_1^2)")
                ax.function(
                    { (1 - theta[0]) * Distributions.normal($0, mean: theta[3], sigma: theta[4].squareRoot()) },
                    over: -5...6,
                    color: .bookOrange, width: 1.5, dash: [5, 3], label: "(1−λ) N(μ_2, σ_2^2)")
                ax.xLimits = -5...6
                ax.yLimits = 0...0.7
                ax.xLabel = "Output, y"
                ax.yLabel = "Pr(y)"
                ax.legend(position: .upperLeft)
            }
        }
        return fig
    }
}
