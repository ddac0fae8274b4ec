import Neural
import Plot

extension ConvolutionalNetworks {
    /// Six inputs and six outputs of a kernel-3 convolution, as a diagram: inputs `x_1…x_6` at
    /// height 0 (padding zeros at positions 0 and 7), outputs `z_1…z_6` at height 1.5, each over the
    /// input it is centred on. The lines come from the layer's matrix on the padded input.
    static func kernelThreeDiagram(highlight: Set<Int>, showPadding: Bool) -> (LayerDiagram, Matrix) {
        let numbered = numberedMatrix(inputs: 8, kernel: 3, padding: .valid)
        var diagram = LayerDiagram()
        let inputs = diagram.addRow(
            ["0"] + (1...6).map { "x_\($0)" } + ["0"], x: (0...7).map(Double.init), y: 0,
            padding: [0, 7])
        let outputs = diagram.addRow((1...6).map { "z_\($0)" }, x: (1...6).map(Double.init), y: 1.5)
        diagram.connect(numbered, inputs: inputs, outputs: outputs, only: highlight)
        if !showPadding {
            for k in diagram.nodes.indices where diagram.nodes[k].padding { diagram.nodes[k].hidden = true }
        }
        return (diagram, numbered)
    }

    /// Figure 10.2: 1-D convolution with kernel size three. (a) z_2 and (b) z_3 are weighted sums
    /// of their three nearest inputs; (c) z_1's kernel reaches past x_1, where zero padding
    /// supplies a zero (and z_6's past x_6); (d) a valid convolution keeps only the four outputs
    /// whose kernel fits.
    @Sendable static func figure10_2() -> Figure {
        var figure = Figure(columns: 2, rows: 2, panelWidth: 340, panelHeight: 190)
        let x = -0.6...7.6
        let y = -0.5...2.0
        for (panel, row) in [(0, 1), (1, 2)] {
            let (diagram, numbered) = kernelThreeDiagram(highlight: [row], showPadding: false)
            figure[panel] = diagram.axes(
                x: x, y: y, title: paddedEquation(numbered, row: row, output: "z_\(row + 1)", padding: [0, 7]))
        }
        let (padded, numbered) = kernelThreeDiagram(highlight: [0, 5], showPadding: true)
        figure[2] = padded.axes(
            x: x, y: y,
            title: "zero padding: " + paddedEquation(numbered, row: 0, output: "z_1", padding: [0, 7]))
        let valid = numberedMatrix(inputs: 6, kernel: 3, padding: .valid)
        var diagram = LayerDiagram()
        let inputs = diagram.addRow((1...6).map { "x_\($0)" }, x: (1...6).map(Double.init), y: 0)
        let outputs = diagram.addRow(
            (1...valid.rows).map { "z_\($0)" }, x: (2...(valid.rows + 1)).map(Double.init), y: 1.5)
        diagram.connect(valid, inputs: inputs, outputs: outputs)
        figure[3] = diagram.axes(x: x, y: y, title: "valid: \(valid.rows) outputs from \(valid.cols) inputs")
        return figure
    }
}
