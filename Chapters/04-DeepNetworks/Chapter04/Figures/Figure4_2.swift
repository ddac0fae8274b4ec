import Companion
import Foundation
import Neural
import Plot

extension DeepNetworks {
    /// Draws figure 4.2 (its caption is in `Figures.swift`).
    static func figure4_2() -> Figure {
        let axis = linspace(-1...1, 201)
        let evaluate = { (net: Network) in
            Field(
                xs: axis, ys: axis,
                values: net(
                    Matrix(rows: 2, cols: axis.count * axis.count) { row, column in
                        axis[row == 0 ? column % axis.count : column / axis.count]
                    }
                ).data)
        }
        let first = evaluate(figure38)
        let composite = evaluate(compose(figure38, figure42Second.network))
        let hidden = figure38.layers[0]
        let joints = (0..<3).map { k in
            Field(xs: axis, ys: axis) { x1, x2 in
                hidden.biases[k] + hidden.weights[k, 0] * x1 + hidden.weights[k, 1] * x2
            }
        }
        func map(_ field: Field, letter: String, cut: Bool) -> Axes {
            var ax = unitAxes(xLabel: "Input, x_1", yLabel: "Input, x_2", letter: letter)
            ax.aspect = .equal
            // Figure 3.8's drawing: grey over [−1.2, 1.2], thin contours every 0.2, the joints in cyan.
            ax.heatmap(field, colormap: .gray, range: -1.2...1.2, showColorbar: true, colorbarLabel: cut ? "y′" : "y")
            ax.contour(
                field, levels: stride(from: -1.2, through: 1.2, by: 0.2).map { $0 }, color: Color.black.withAlpha(0.25),
                width: 0.6)
            for joint in joints { ax.contour(joint, levels: [0], color: .bookCyan, width: 2) }
            if cut { ax.contour(first, levels: [0.2], color: .black, width: 1.4, dash: [4, 3]) }
            return ax
        }
        var fig = Figure(columns: 4, rows: 1, panelWidth: 300, panelHeight: 260)
        fig[0] = compositionDiagram(inputs: ["x_1", "x_2"], secondHidden: 2)
        fig[1] = map(first, letter: "b", cut: false)
        fig.panel(2) { ax in
            ax = unitAxes(xLabel: "Input, y", yLabel: "Output, y′", letter: "c")
            let ys = linspace(-1...1, samples)
            ax.line(x: ys, y: ys.map { figure42Second($0) }, color: .bookCyan, width: 2)
            ax.vline(x: 0.2, color: .gray, width: 0.8, dash: [3, 3])
        }
        fig[3] = map(composite, letter: "d", cut: true)
        return fig
    }
}
