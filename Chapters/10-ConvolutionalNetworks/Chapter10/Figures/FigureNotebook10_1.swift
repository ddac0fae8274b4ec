import Neural
import Plot

extension ConvolutionalNetworks {
    /// Notebook 10.1's signal (orange, the book's colour for data) and one of its convolutions (cyan,
    /// its colour for a model's output) on the notebook's axes;
    /// output i of stride s is drawn at input position s·i, where it is centred.
    static func convolutionPanel(_ output: [Double], stride: Int = 1, title: String, y: ClosedRange<Double>) -> Axes {
        var ax = Axes()
        let x = Convolution1D.signal
        ax.line(x: x.indices.map(Double.init), y: x, color: .bookOrange, width: 1.5, label: "x")
        ax.scatter(x: x.indices.map(Double.init), y: x, color: .bookOrange, size: 5)
        let positions = output.indices.map { Double(stride * $0) }
        ax.line(x: positions, y: output, color: .bookCyan, width: 2.5, label: "z")
        ax.scatter(x: positions, y: output, color: .bookCyan, size: 6, edge: .gray)
        ax.xLimits = 0...11
        ax.yLimits = y
        ax.xLabel = "position"
        ax.title = title
        return ax
    }

    /// Notebook 10.1's plots: (a) kernel 3, (b) stride 2, (c) kernel 5, (d) dilation 2, all with the
    /// notebook's weights; (e) the kernel [−0.5, 0, 0.5], a slope estimate; (f) the 12 × 12 matrix
    /// of the kernel [−1, 0.5, −0.2], whose product with the signal is that convolution.
    @Sendable static func figureNotebook10_1() -> Figure {
        typealias C = Convolution1D
        var figure = Figure(columns: 3, rows: 2, panelWidth: 300, panelHeight: 240)
        for (panel, c) in C.notebookCases.enumerated() {
            let output = C.byHand(C.signal, kernel: c.kernel, stride: c.stride, dilation: c.dilation)
            figure[panel] = convolutionPanel(output, stride: c.stride, title: c.name, y: 0...12)
        }
        figure[0].legend(position: .upperLeft)
        figure[4] = convolutionPanel(
            C.byHand(C.signal, kernel: C.derivativeKernel), title: "kernel [−0.5, 0, 0.5]", y: -4...12)
        figure[5] = matrixPanel(
            C.matrix(inputs: 12, kernel: C.matrixKernel), colormap: .diverging, range: -1...1,
            title: "\\Omega for [−1, 0.5, −0.2]")
        return figure
    }
}
