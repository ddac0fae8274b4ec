import Neural
import Plot

extension ConvolutionalNetworks {
    /// Figure 10.4a–b's fully connected weights: 36 draws from a standard normal (seed 0), row by
    /// row as `Linear` stores them.
    static let figure104Dense: Matrix = {
        var random = NumPyRandomState(seed: 0)
        return Matrix(rows: 6, cols: 6, data: random.normal(count: 36))
    }()

    /// Six inputs (bottom) and the outputs of `matrix` (top, each over its `centre`), every
    /// non-zero entry a line, coloured by `color(value)`.
    static func matrixDiagram(
        _ m: Matrix, inputName: String, outputName: String, centre: (Int) -> Double, color: (Double) -> Color
    )
        -> Axes
    {
        var diagram = LayerDiagram()
        let inputs = diagram.addRow((1...m.cols).map { "\(inputName)_\($0)" }, x: (1...m.cols).map(Double.init), y: 0)
        let outputs = diagram.addRow(
            (1...m.rows).map { "\(outputName)_\($0)" }, x: (0..<m.rows).map(centre), y: 1.5)
        for r in 0..<m.rows {
            for c in 0..<m.cols where m[r, c] != 0 {
                diagram.edges.append(LayerDiagram.Edge(from: inputs[c], to: outputs[r], color: color(m[r, c])))
            }
        }
        return diagram.axes(x: 0.4...6.6, y: -0.4...1.9)
    }

    /// Figure 10.4: fully connected against convolutional. (a) Six inputs each joined to six hidden
    /// units, (b) whose 36 weights fill the matrix Ω. (c) Kernel size 3: each hidden unit is the
    /// same weighted sum of its three neighbours, (d) a banded matrix of three repeated values and
    /// zeros (white). (e) Stride 2, (f) every other row of (d). The convolutional matrices are
    /// `Conv1d.matrix(for:parameters:)` with the weights numbered 1, 2, 3, so a colour is a weight.
    @Sendable static func figure10_4() -> Figure {
        var figure = Figure(columns: 2, rows: 3, panelWidth: 300, panelHeight: 220)
        let dense = figure104Dense
        let range = -2.5...2.5
        let shade = { (value: Double) in
            Colormap.viridis.color(at: (value - range.lowerBound) / (range.upperBound - range.lowerBound))
        }
        figure[0] = matrixDiagram(dense, inputName: "x", outputName: "h", centre: { Double($0 + 1) }, color: shade)
        figure[1] = matrixPanel(dense, colormap: .viridis, range: range, title: "\\Omega: 36 weights")
        let colormap = weightColormap(count: 3)
        let tap = { (value: Double) in LayerDiagram.weightColors[Int(value.rounded()) - 1] }
        for (row, stride) in [(1, 1), (2, 2)] {
            let m = numberedMatrix(inputs: 6, kernel: 3, stride: stride, padding: .same)
            figure[2 * row] = matrixDiagram(
                m, inputName: "x", outputName: "h", centre: { Double(stride * $0 + 1) }, color: tap)
            figure[2 * row + 1] = matrixPanel(
                m, colormap: colormap, range: 0...3,
                title: stride == 1 ? "kernel 3: 3 weights" : "kernel 3, stride 2")
        }
        return figure
    }
}
