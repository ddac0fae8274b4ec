import Neural
import Plot

/// A 1-D layer drawn as the book draws figures 10.2–10.5: rows of circles for the inputs and the
/// outputs, and a line from each input to each output it feeds, in the colour of the weight that
/// multiplies it. The lines come from the layer's own matrix (`Conv1d.matrix(for:parameters:)`)
/// with the weights numbered 1, 2, 3, …, so each non-zero entry names the weight of its line.
struct LayerDiagram {
    struct Node {
        var x: Double
        var y: Double
        var label: String
        /// A zero added by padding: drawn gray.
        var padding = false
        /// Left out of the drawing (its index stays, so edges keep their ends).
        var hidden = false
    }

    struct Edge {
        var from: Int
        var to: Int
        var color: Color
        var dashed = false
    }

    var nodes: [Node] = []
    var edges: [Edge] = []

    /// The colours of the weights ω_1, ω_2, … in every diagram and weight matrix of the chapter.
    static let weightColors: [Color] = [
        .bookOrange, Color(rgb: 0x4c72b0), Color(rgb: 0x2a9d8f), Color(rgb: 0x8e6bb0), Color(rgb: 0xc9a227),
        Color(rgb: 0xc44e52),
    ]

    /// Adds a row of nodes at height `y`, one per label, at the given x positions; returns their
    /// indices.
    @discardableResult
    mutating func addRow(_ labels: [String], x: [Double], y: Double, padding: Set<Int> = []) -> [Int] {
        let first = nodes.count
        for (k, label) in labels.enumerated() {
            nodes.append(Node(x: x[k], y: y, label: label, padding: padding.contains(k)))
        }
        return Array(first..<nodes.count)
    }

    /// Adds a line for every non-zero entry of `numbered` (row: output, column: input), coloured by
    /// the weight number the entry holds, for the outputs in `only` (all when nil).
    mutating func connect(
        _ numbered: Matrix, inputs: [Int], outputs: [Int], only: Set<Int>? = nil, dashed: Bool = false
    ) {
        for r in 0..<numbered.rows where only?.contains(r) ?? true {
            for c in 0..<numbered.cols where numbered[r, c] != 0 {
                let weight = Int(numbered[r, c].rounded()) - 1
                edges.append(
                    Edge(
                        from: inputs[c], to: outputs[r],
                        color: dashed ? .gray : Self.weightColors[weight % Self.weightColors.count], dashed: dashed))
            }
        }
    }

    /// The diagram as a frameless panel; `x` and `y` are the data limits.
    func axes(x: ClosedRange<Double>, y: ClosedRange<Double>, title: String? = nil) -> Axes {
        var ax = Axes()
        ax.frame = false
        ax.xTicks = []
        ax.yTicks = []
        ax.xLimits = x
        ax.yLimits = y
        ax.title = title
        for edge in edges {
            let (a, b) = (nodes[edge.from], nodes[edge.to])
            ax.line(
                x: [a.x, b.x], y: [a.y, b.y], color: edge.color, width: edge.dashed ? 1 : 2,
                dash: edge.dashed ? [3, 3] : [])
        }
        let shown = nodes.filter { !$0.hidden }
        let solid = shown.filter { !$0.padding }
        ax.scatter(x: solid.map(\.x), y: solid.map(\.y), color: .white, size: 24, edge: .black)
        let padded = shown.filter(\.padding)
        if !padded.isEmpty {
            ax.scatter(
                x: padded.map(\.x), y: padded.map(\.y), color: Color.lightGray.withAlpha(0.5), size: 24, edge: .gray)
        }
        for node in shown {
            ax.text(node.label, at: Point(node.x, node.y), size: 10, color: node.padding ? .gray : .black)
        }
        return ax
    }
}

extension ConvolutionalNetworks {
    /// `Conv1d`'s matrix for an input of `n` samples with the weights numbered 1, 2, 3, … (so each
    /// entry names its weight), and the layer's settings.
    static func numberedMatrix(
        inputs n: Int, inChannels: Int = 1, outChannels: Int = 1, kernel: Int, stride: Int = 1,
        dilation: Int = 1, padding: Padding
    ) -> Matrix {
        let layer = Conv1d(
            inChannels, outChannels, kernel: kernel, stride: stride, dilation: dilation, padding: padding)
        let weights = inChannels * outChannels * kernel
        return layer.matrix(
            for: .signal(channels: inChannels, length: n),
            parameters: (1...weights).map(Double.init) + [Double](repeating: 0, count: outChannels))
    }

    /// The equation of output `row` read off a numbered matrix on a padded input,
    /// "z_2 = ω_1x_1 + ω_2x_2 + ω_3x_3": columns in `padding` are written "0", the others
    /// numbered from `firstInput`.
    static func paddedEquation(_ numbered: Matrix, row: Int, output: String, padding: Set<Int>, firstInput: Int = 0)
        -> String
    {
        let terms = (0..<numbered.cols).filter { numbered[row, $0] != 0 }.map { c in
            "\\omega_\(Int(numbered[row, c].rounded()))"
                + (padding.contains(c) ? "·0" : "x_{\(c + firstInput)}")
        }
        return output + " = " + terms.joined(separator: " + ")
    }

    /// A weight matrix as a grid of coloured cells (figure 10.4b, d, f): row 1 at the top, a
    /// thin gray line between cells, `colormap` over `range`.
    static func matrixPanel(_ m: Matrix, colormap: Colormap, range: ClosedRange<Double>, title: String? = nil) -> Axes {
        var ax = Axes()
        let xs = (1...m.cols).map(Double.init)
        let ys = (1...m.rows).map(Double.init)
        var values: [Double] = []
        for r in 0..<m.rows { for c in 0..<m.cols { values.append(m[r, c]) } }
        ax.heatmap(Field(xs: xs, ys: ys, values: values), colormap: colormap, range: range, interpolation: .nearest)
        ax.invertY = true
        ax.aspect = .equal
        ax.xLimits = 0.5...(Double(m.cols) + 0.5)
        ax.yLimits = 0.5...(Double(m.rows) + 0.5)
        ax.xTicks = xs
        ax.yTicks = ys
        ax.xLabel = "input"
        ax.yLabel = "output"
        ax.title = title
        for c in 0...m.cols {
            ax.line(
                x: [Double(c) + 0.5, Double(c) + 0.5], y: [0.5, Double(m.rows) + 0.5], color: .lightGray, width: 0.5)
        }
        for r in 0...m.rows {
            ax.line(
                x: [0.5, Double(m.cols) + 0.5], y: [Double(r) + 0.5, Double(r) + 0.5], color: .lightGray, width: 0.5)
        }
        return ax
    }

    /// White for zero, then one colour per weight: a numbered matrix's colormap over 0…count.
    static func weightColormap(count: Int) -> Colormap {
        Colormap(stops: [.white] + (0..<count).map { LayerDiagram.weightColors[$0 % LayerDiagram.weightColors.count] })
    }
}
