import Neural
import Plot

/// Figures of networks with two inputs and of region counts (figures 3.8 and 3.9).
extension ShallowNetworks {
    /// Figure 3.8's colour range (the author's interactive figure).
    static let planeColorRange = -1.2...1.2

    static func figurePlane() -> Figure {
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

    /// Input sizes of figure 3.9 and the notebook's colours (k, b, m, c, y).
    static let figure39Inputs: [(inputs: Int, color: Color)] = [
        (1, .black), (5, .blue), (10, Color(rgb: 0xbf00bf)), (50, Color(rgb: 0x00bfbf)), (100, Color(rgb: 0xd4c200)),
    ]

    static func figureRegionCounts() -> Figure {
        var fig = Figure(columns: 2, rows: 1, panelWidth: 340, panelHeight: 290)
        let highlight = LinearRegions.zaslavskyBound(hiddenUnits: 500, inputDimensions: 100)
        fig.panel(0) { ax in
            logRegionAxes(&ax, xLabel: "Number of hidden units, D", xMax: 1000)
            for (inputs, color) in figure39Inputs {
                let d = (0..<1000).map(Double.init)
                ax.line(
                    x: d, y: (0..<1000).map { LinearRegions.zaslavskyBound(hiddenUnits: $0, inputDimensions: inputs) },
                    color: color, width: 1.8, label: "D_i = \(inputs)")
            }
            ax.scatter(x: [500], y: [highlight], color: .black, size: 9)
            // Upper left is the one corner no curve reaches (lower right hid D_i = 5 and 10).
            ax.legend(position: .upperLeft)
        }
        fig.panel(1) { ax in
            logRegionAxes(&ax, xLabel: "Number of parameters", xMax: 100_000)
            ax.xTicks = [0, 25_000, 50_000, 75_000, 100_000]
            ax.xTickLabels = ["0", "25k", "50k", "75k", "100k"]
            for (inputs, color) in figure39Inputs {
                let hidden = (1..<200).map { $0 * 500 / inputs }
                ax.line(
                    x: hidden.map { Double(Network(sizes: [inputs, $0, 1]).parameterCount) },
                    y: hidden.map { LinearRegions.zaslavskyBound(hiddenUnits: $0, inputDimensions: inputs) },
                    color: color, width: 1.8, label: "D_i = \(inputs)")
            }
            ax.scatter(
                x: [Double(Network(sizes: [100, 500, 1]).parameterCount)], y: [highlight], color: .black, size: 9)
        }
        return fig
    }

    static func logRegionAxes(_ ax: inout Axes, xLabel: String, xMax: Double) {
        ax.xLimits = 0...xMax
        ax.yLimits = 1e1...1e150
        ax.yScale = .log
        ax.yTicks = [1e1, 1e25, 1e50, 1e75, 1e100, 1e125, 1e150]
        ax.yTickLabels = ["10^{1}", "10^{25}", "10^{50}", "10^{75}", "10^{100}", "10^{125}", "10^{150}"]
        ax.xLabel = xLabel
        ax.yLabel = "Number of linear regions"
    }
}
