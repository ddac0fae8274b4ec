import Companion
import Foundation
import Neural
import Plot

extension DeepNetworks {
    /// Draws figure 4.9 (its caption is in `Figures.swift`).
    static func figure4_9() -> Figure {
        let joints = ["1/6", "2/6", "4/6"]
        var fig = Figure(columns: 3, rows: 1, panelWidth: 240, panelHeight: 220)
        for k in 0..<3 {
            fig[k] = unitAxes(
                x: 0...1, y: -0.1...1, xLabel: "Input, x", yLabel: "Activation, h_\(k + 1)", letter: ["a", "b", "c"][k])
            fig.panel(k) { ax in
                // The y axis starts below zero so that the clipped, zero part is not hidden under the frame.
                let joint = -figure49Theta0[k] / figure49Theta1[k]
                let xs = [0, joint, 1]
                ax.line(
                    x: xs, y: xs.map { max(0, figure49Theta0[k] + figure49Theta1[k] * $0) }, color: .bookCyan, width: 2)
                ax.vline(x: joint, color: .gray, width: 0.8, dash: [3, 3])
                ax.text("x = " + joints[k], at: Point(joint + 0.03, 0.9), anchor: .left, size: 9)
            }
        }
        return fig
    }
}
