import Companion
import Foundation
import Neural
import Plot

extension LossFunctions {
    /// Draws figure 5.10 (its caption is in `Figures.swift`).
    static func figure5_10() -> Figure {
        var fig = Figure(columns: 2, rows: 1, panelWidth: 290, panelHeight: 240)
        let xs = NotebookModel.arange(0, 1, 0.01)
        let f = NotebookModel.multiclassLogits(xs)
        let p = softmax(Matrix(f))
        let colors: [Color] = [.bookOrange, .blue, .green]
        fig.panel(0) { ax in
            for k in 0..<3 { ax.line(x: xs, y: f[k], color: colors[k], width: 2, label: "f_\(k + 1)[x, φ]") }
            ax.xLimits = 0...1; ax.yLimits = -8...8
            ax.xLabel = "Input, x"; ax.yLabel = "Network outputs"
            ax.legend(position: .upperCenter)
        }
        fig.panel(1) { ax in
            for k in 0..<3 { ax.line(x: xs, y: p.row(k), color: colors[k], width: 2, label: "Pr(y = \(k + 1) | x)") }
            let labels = BookData.y5_3
            for k in 0..<3 {
                let idx = labels.indices.filter { labels[$0] == k }
                ax.scatter(
                    x: idx.map { NotebookModel.x[$0] }, y: idx.map { _ in -0.05 }, color: colors[k], size: 6,
                    edge: .black)
            }
            ax.xLimits = 0...1; ax.yLimits = -0.1...1.6
            ax.yTicks = [0, 0.25, 0.5, 0.75, 1]
            ax.xLabel = "Input, x"; ax.yLabel = "softmax_k[f[x, φ]]"
            ax.legend(position: .upperRight)
        }
        return fig
    }
}
