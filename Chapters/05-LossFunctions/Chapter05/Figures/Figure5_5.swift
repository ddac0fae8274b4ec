import Companion
import Foundation
import Neural
import Plot

extension LossFunctions {
    /// Draws figure 5.5 (its caption is in `Figures.swift`).
    static func figure5_5() -> Figure {
        var fig = Figure(columns: 2, rows: 2, panelWidth: 290, panelHeight: 240)
        fig.panels[0] = .axes(Draw.network(hidden: Heteroscedastic.hiddenUnits, outputs: ["μ"]))
        fig.panels[2] = .axes(Draw.network(hidden: Heteroscedastic.hiddenUnits, outputs: ["μ", "σ"]))
        let xs = linspace(0, 1, 201)
        for (panel, fit) in [(1, Heteroscedastic.homoscedastic), (3, Heteroscedastic.heteroscedastic)] {
            fig.panel(panel) { ax in
                ax.fillBetween(
                    x: xs, lower: xs.map { fit.mean($0) - 2 * fit.sd($0) },
                    upper: xs.map { fit.mean($0) + 2 * fit.sd($0) },
                    color: .lightGray, label: "μ ± 2σ")
                ax.scatter(x: Heteroscedastic.data.x, y: Heteroscedastic.data.y, size: 4)
                ax.line(x: xs, y: xs.map(fit.mean), color: .blue, width: 2, label: "μ")
                // Arrows from the mean out to ±2 standard deviations, as in the book.
                for x in [0.1, 0.5, 0.9] {
                    let mean = fit.mean(x)
                    let reach = 2 * fit.sd(x)
                    for end in [mean - reach, mean + reach] {
                        ax.arrow(from: Point(x, mean), to: Point(x, end), color: .black, width: 1, headSize: 6)
                    }
                }
                ax.xLimits = 0...1; ax.yLimits = -1...2.5
                ax.xLabel = "Input, x"; ax.yLabel = "Output, y"
                ax.legend(position: .upperLeft)
            }
        }
        return fig
    }
}
