import Companion
import Foundation
import Neural
import Plot

extension LossFunctions {
    /// Draws figure 5.8 (its caption is in `Figures.swift`).
    static func figure5_8() -> Figure {
        var fig = Figure(columns: 3, rows: 1, panelWidth: 250, panelHeight: 240)
        let xs = NotebookModel.arange(0, 1, 0.01)
        let f = NotebookModel.binaryLogits(xs)
        let lambda = f.map(sigmoid)
        fig.panel(0) { ax in
            ax.line(x: xs, y: f, color: .bookCyan, width: 2)
            ax.xLimits = 0...1; ax.yLimits = -5...4
            ax.xLabel = "Input, x"; ax.yLabel = "Network output, f[x, φ]"
        }
        fig.panel(1) { ax in
            ax.line(x: xs, y: lambda, color: .bookCyan, width: 2)
            ax.xLimits = 0...1; ax.yLimits = -0.05...1.05
            ax.xLabel = "Input, x"; ax.yLabel = "sig[f[x, φ]]"
        }
        fig.panel(2) { ax in
            ax.line(x: xs, y: lambda, color: .bookCyan, width: 2, label: "λ = Pr(y = 1 | x)")
            ax.line(
                x: xs, y: lambda.map { 1 - $0 }, color: .bookCyan, width: 2, dash: [5, 3],
                label: "1 − λ = Pr(y = 0 | x)")
            ax.scatter(x: NotebookModel.x, y: BookData.y5_2.map(Double.init), size: 6)
            ax.xLimits = 0...1; ax.yLimits = -0.05...1.45
            ax.yTicks = [0, 0.25, 0.5, 0.75, 1]
            ax.xLabel = "Input, x"; ax.yLabel = "Pr(y | x)"
            ax.legend(position: .upperRight)
        }
        return fig
    }
}
