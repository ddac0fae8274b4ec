import Companion
import Foundation
import Neural
import Plot

extension LossFunctions {
    /// Draws figure 5.15 (its caption is in `Figures.swift`).
    static func figure5_15() -> Figure {
        var fig = Figure(columns: 3, rows: 1, panelWidth: 250, panelHeight: 230)
        let ks = Array(0...14)
        for (k, rate) in poissonRates.enumerated() {
            fig.panel(k) { ax in
                ax.bars(
                    x: ks.map(Double.init), heights: ks.map { Distributions.poisson($0, rate: rate) }, width: 0.7,
                    color: .bookCyan, edge: .black)
                ax.xLimits = -0.7...14.7
                ax.yLimits = 0...0.4
                ax.xLabel = "Count, z"
                ax.yLabel = "Pr(z)"
                ax.title = "λ = \(rate)"
            }
        }
        return fig
    }
}
