import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.8 (its caption is in `Figures.swift`).
    static func figure3_8() -> Figure {
        let net = figure38
        let w = net.layers[0].weights
        let b = net.layers[0].biases
        let phi = net.layers[1].weights.row(0)
        let axis = (0...120).map { -1 + 2 * Double($0) / 120 }
        let pre = (0..<3).map { d in Field(xs: axis, ys: axis) { x1, x2 in b[d] + w[d, 0] * x1 + w[d, 1] * x2 } }
        let levels = stride(from: -1.2, through: 1.2, by: 0.2).map { $0 }
        var fig = Figure(columns: 4, rows: 3, panelWidth: 205, panelHeight: 195)
        let letters = Array("abcdefghi").map(String.init)

        func planeAxes(_ title: String, _ field: Field, joints: [Field]) -> Axes {
            var ax = Axes()
            ax.aspect = .equal
            ax.xLimits = -1...1; ax.yLimits = -1...1
            ax.xTicks = [-1, 0, 1]; ax.yTicks = [-1, 0, 1]
            ax.title = title
            ax.xLabel = "x_1"; ax.yLabel = "x_2"
            ax.heatmap(field, colormap: .gray, range: planeColorRange)
            ax.contour(field, levels: levels, color: Color.black.withAlpha(0.25), width: 0.6)
            for joint in joints { ax.contour(joint, levels: [0], color: .bookCyan, width: 2) }
            return ax
        }

        for d in 0..<3 {
            let i = d + 1
            let clipped = Field(xs: axis, ys: axis, values: pre[d].values.map { max($0, 0) })
            let weighted = Field(xs: axis, ys: axis, values: clipped.values.map { phi[d] * $0 })
            let panels = [
                planeAxes("θ_{\(i)0} + θ_{\(i)1}x_1 + θ_{\(i)2}x_2", pre[d], joints: []),
                planeAxes("h_\(i)", clipped, joints: [pre[d]]),
                planeAxes("φ_\(i)h_\(i)", weighted, joints: [pre[d]]),
            ]
            for (row, panel) in panels.enumerated() {
                var ax = panel
                ax.letter = letters[row * 3 + d]
                fig[row * 4 + d] = ax
            }
        }
        let output = Field(xs: axis, ys: axis) { x1, x2 in net([x1, x2])[0] }
        var sum = planeAxes("y", output, joints: pre)
        sum.letter = "j"
        fig[7] = sum
        fig.panels[3] = .empty
        fig.panels[11] = .empty
        return fig
    }
}
