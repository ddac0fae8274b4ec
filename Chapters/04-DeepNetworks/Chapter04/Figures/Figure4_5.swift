import Companion
import Foundation
import Neural
import Plot

extension DeepNetworks {
    /// Draws figure 4.5 (its caption is in `Figures.swift`).
    static func figure4_5() -> Figure {
        let xs = linspace(0...2, samples)
        let trace = figure45.forward(Matrix(row: xs))
        let phi = figure45.layers[2].weights.row(0)
        let pre = (0..<3).map { trace.preActivations[1].row($0) }
        let letters = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        let labels = [
            [
                "ψ_{10} + ψ_{11}h_1 + ψ_{12}h_2 + ψ_{13}h_3", "ψ_{20} + ψ_{21}h_1 + ψ_{22}h_2 + ψ_{23}h_3",
                "ψ_{30} + ψ_{31}h_1 + ψ_{32}h_2 + ψ_{33}h_3",
            ],
            ["h′_1", "h′_2", "h′_3"], ["φ′_1h′_1", "φ′_2h′_2", "φ′_3h′_3"],
        ]
        var fig = Figure(columns: 4, rows: 3, panelWidth: 230, panelHeight: 200)
        for stage in 0..<3 {
            for unit in 0..<3 {
                let ys: [Double] =
                    switch stage {
                    case 0: pre[unit]
                    case 1: pre[unit].map { max(0, $0) }
                    default: pre[unit].map { phi[unit] * max(0, $0) }
                    }
                var ax = unitAxes(
                    x: 0...2, xLabel: "Input, x", yLabel: stage == 1 ? "Activation" : "Pre-activation",
                    letter: letters[stage * 3 + unit])
                if stage == 2 {
                    ax.yLabel = "Weighted activation"
                    ax.yLimits = -1.5...1.5  // φ′_2 = 1.6 lifts h′_2 above 1
                }
                ax.title = labels[stage][unit]
                ax.hline(y: 0, color: .lightGray, width: 0.8)
                ax.line(x: xs, y: ys, color: .bookCyan, width: 2)
                fig[stage * 4 + unit] = ax
            }
        }
        fig.panel(7) { ax in
            ax = unitAxes(x: 0...2, xLabel: "Input, x", yLabel: "Output, y′", letter: "j")
            ax.title = "φ′_0 + Σ_k φ′_kh′_k"
            ax.line(x: xs, y: trace.output.row(0), color: .bookCyan, width: 2)
        }
        fig.panels[3] = .empty
        fig.panels[11] = .empty
        return fig
    }
}
