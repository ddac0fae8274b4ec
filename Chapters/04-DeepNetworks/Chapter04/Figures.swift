import Companion
import Foundation
import Neural
import Plot

extension DeepNetworks {
    static let figures: [BookFigure] = [
        BookFigure(
            id: "4.1",
            caption: "Composing two shallow networks. (a) The first network's output y is the second "
                + "network's input. (b) The first maps x to y in three pieces whose slopes "
                + "alternate; three inputs (gray) reach the same y (cyan). (c) The second network, three pieces of its own, sends "
                + "that y to y′ (brown). (d) Composed, the second function appears three times, flipped or stretched: nine regions.",
            render: draw41),
        BookFigure(
            id: "4.2",
            caption: "Composing with two inputs. (a) Figure 3.8's network, two inputs and three hidden "
                + "units, feeds its output y to a second network with two hidden units. (b) Figure 3.8's network: seven regions, the flat one at "
                + "y = 0.4. (c) A second network with one joint at y = 0.2 inside the range. (d) The composition: each of the six "
                + "sloped regions is cut along y = 0.2 (dashed), giving 13 regions.",
            render: draw42),
        BookFigure(
            id: "4.4",
            caption: "A deep network: one input x, two hidden layers of three units (h_k, then h′_k) and "
                + "one output y′ (eqs. 4.7–4.9). θ, ψ and φ′ label the slopes between the layers; the orange nodes supply "
                + "the offsets.",
            render: draw44),
        BookFigure(
            id: "4.5",
            caption: "The two-hidden-layer network at work. (a–c) The second layer's pre-activations share "
                + "the first layer's joints; (d–f) ReLU clips them at zero; (g–i) they are weighted by φ′1, φ′2, φ′3; (j) summed "
                + "with the offset φ′0.",
            render: draw45),
        BookFigure(
            id: "4.6",
            caption: "The general network in matrix form (eq. 4.15) with a 3-D input x, hidden layers "
                + "h_1, h_2, h_3 of 4, 2 and 3 units and a 2-D output y. Ω_k multiplies layer k to give the pre-activations of "
                + "layer k + 1, so Ω_1 is 2 × 4; β_k has one entry per unit it feeds, so β_2 has three.",
            render: draw46),
        BookFigure(
            id: "4.7",
            caption: "Maximum linear regions (eq. 4.17) against parameters, one curve per depth K. "
                + "(a) One input, D = 2…100 units per layer; K = 5, D = 10 gives 161,051 regions from 471 parameters. "
                + "(b) Ten inputs, D = 10, 20, …, 100; K = 5, D = 50 gives more than 10^{40} regions from 10,801 parameters.",
            render: draw47),
        BookFigure(
            id: "4.8",
            caption: "The two networks of problem 4.1 (our choice of functions). (a) As in "
                + "figure 4.1a, y links the two networks. (b) The first maps "
                + "x ∈ [−1, 1] to y ∈ [−1, 1]. (c) The second maps y to y′. Composing them is the exercise.",
            render: draw48),
        BookFigure(
            id: "4.9",
            caption: "The hidden units of problem 4.8: joints at x = 1/6, 2/6 and 4/6, slopes +1, +1 and −1 "
                + "where active.",
            render: draw49),
    ]

    /// Inputs per curve of the 1-D panels.
    static let samples = 2001

    /// An axes value with square limits, ticks and labels for the 1-D panels.
    static func unitAxes(
        x: ClosedRange<Double> = -1...1, y: ClosedRange<Double> = -1...1, xLabel: String, yLabel: String,
        letter: String
    ) -> Axes {
        var ax = Axes()
        ax.xLimits = x
        ax.yLimits = y
        ax.xLabel = xLabel
        ax.yLabel = yLabel
        ax.letter = letter
        return ax
    }

    static func draw41() -> Figure {
        let first = figure41First
        let second = figure41Second
        let xs = linspace(-1...1, samples)
        let inputs = [-0.25, 0.15, 0.9]
        let y = 0.5
        let yPrime = second(0.5)
        var fig = Figure(columns: 4, rows: 1, panelWidth: 260, panelHeight: 250)
        fig[0] = compositionDiagram(inputs: ["x"], secondHidden: 3)
        fig.panel(1) { ax in
            ax = unitAxes(xLabel: "Input, x", yLabel: "Output, y", letter: "b")
            ax.line(x: xs, y: xs.map { first($0) }, color: .bookCyan, width: 2)
            for x in inputs { ax.line(x: [x, x, -1], y: [-1, y, y], color: .gray, width: 0.8, dash: [3, 3]) }
            ax.scatter(x: inputs, y: [-1, -1, -1], color: .lightGray, size: 8, edge: .gray)
            ax.scatter(x: [-1], y: [y], color: .bookCyan, size: 8, edge: .black)
        }
        fig.panel(2) { ax in
            ax = unitAxes(xLabel: "Input, y", yLabel: "Output, y′", letter: "c")
            ax.line(x: xs, y: xs.map { second($0) }, color: .bookCyan, width: 2)
            ax.line(x: [y, y, -1], y: [-1, yPrime, yPrime], color: .gray, width: 0.8, dash: [3, 3])
            ax.scatter(x: [y], y: [-1], color: .bookCyan, size: 8, edge: .black)
            ax.scatter(x: [-1], y: [yPrime], color: .bookOrange, size: 8, edge: .black)
        }
        fig.panel(3) { ax in
            ax = unitAxes(xLabel: "Input, x", yLabel: "Output, y′", letter: "d")
            ax.line(x: xs, y: xs.map { second(first($0)) }, color: .bookCyan, width: 2)
            for x in inputs { ax.line(x: [x, x], y: [-1, yPrime], color: .gray, width: 0.8, dash: [3, 3]) }
            ax.hline(y: yPrime, color: .gray, width: 0.8, dash: [3, 3])
            ax.scatter(x: inputs, y: [-1, -1, -1], color: .lightGray, size: 8, edge: .gray)
            ax.scatter(x: inputs, y: [yPrime, yPrime, yPrime], color: .bookOrange, size: 8, edge: .black)
        }
        return fig
    }

    static func draw42() -> Figure {
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
            ax.heatmap(
                field, colormap: .diverging, range: -1.2...1.2, showColorbar: true, colorbarLabel: cut ? "y′" : "y")
            for joint in joints { ax.contour(joint, levels: [0], color: .black, width: 1.2) }
            if cut { ax.contour(first, levels: [0.2], color: .black, width: 1.2, dash: [4, 3]) }
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

    static func draw45() -> Figure {
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

    static func draw47() -> Figure {
        var fig = Figure(columns: 2, rows: 1, panelWidth: 380, panelHeight: 320)
        let depths = 1...5
        for (index, inputs) in [1, 10].enumerated() {
            fig.panel(index) { ax in
                ax.xScale = .log
                ax.yScale = .log
                ax.xLabel = "Number of parameters"
                ax.yLabel = "Number of linear regions"
                ax.title = "D_i = \(inputs)"
                let widths = inputs == 1 ? Array(2...100) : Array(stride(from: 10, through: 100, by: 10))
                for layers in depths {
                    let x = widths.map {
                        Double(DeepRegionBound.parameterCount(inputDimensions: inputs, hiddenUnits: $0, layers: layers))
                    }
                    let y = widths.map {
                        DeepRegionBound.maximumRegions(inputDimensions: inputs, hiddenUnits: $0, layers: layers)
                    }
                    ax.line(x: x, y: y, color: Color.series[layers - 1], width: 1.8, label: "K = \(layers)")
                    if inputs == 10 { ax.scatter(x: x, y: y, color: Color.series[layers - 1], size: 4) }
                }
                let (units, note) =
                    inputs == 1
                    ? (10, "471 parameters,\n161,051 regions") : (50, "10,801 parameters,\n>10^{40} regions")
                let px = Double(DeepRegionBound.parameterCount(inputDimensions: inputs, hiddenUnits: units, layers: 5))
                let py = DeepRegionBound.maximumRegions(inputDimensions: inputs, hiddenUnits: units, layers: 5)
                ax.scatter(x: [px], y: [py], color: .bookOrange, size: 10, edge: .black)
                // Two lines of text up and to the left of the point, where no curve runs.
                let spacing = inputs == 1 ? 0.5 : 3.8
                for (line, text) in note.split(separator: "\n").enumerated() {
                    ax.text(
                        String(text), at: Point(px / 1.5, py * pow(10, Double(2 - line) * spacing)), anchor: .right,
                        size: 9)
                }
                ax.legend(position: .lowerRight)
            }
        }
        return fig
    }

    static func draw48() -> Figure {
        let xs = linspace(-1...1, samples)
        var fig = Figure(columns: 3, rows: 1, panelWidth: 260, panelHeight: 250)
        fig[0] = compositionDiagram(inputs: ["x"], secondHidden: 3)
        fig[1] = unitAxes(xLabel: "Input, x", yLabel: "Output, y", letter: "b")
        fig.panel(1) { $0.line(x: xs, y: xs.map { figure48First($0) }, color: .bookCyan, width: 2) }
        fig[2] = unitAxes(xLabel: "Input, y", yLabel: "Output, y′", letter: "c")
        fig.panel(2) { $0.line(x: xs, y: xs.map { figure48Second($0) }, color: .bookCyan, width: 2) }
        return fig
    }

    static func draw49() -> Figure {
        let xs = linspace(0...1, samples)
        let joints = ["1/6", "2/6", "4/6"]
        var fig = Figure(columns: 3, rows: 1, panelWidth: 240, panelHeight: 220)
        for k in 0..<3 {
            fig[k] = unitAxes(
                x: 0...1, y: 0...1, xLabel: "Input, x", yLabel: "Activation, h_\(k + 1)", letter: ["a", "b", "c"][k])
            fig.panel(k) { ax in
                ax.line(
                    x: xs, y: xs.map { max(0, figure49Theta0[k] + figure49Theta1[k] * $0) }, color: .bookCyan, width: 2)
                let joint = -figure49Theta0[k] / figure49Theta1[k]
                ax.vline(x: joint, color: .gray, width: 0.8, dash: [3, 3])
                ax.text("x = " + joints[k], at: Point(joint + 0.03, 0.9), anchor: .left, size: 9)
            }
        }
        return fig
    }
}
