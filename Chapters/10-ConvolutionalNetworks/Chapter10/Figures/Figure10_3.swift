import Neural
import Plot

extension ConvolutionalNetworks {
    /// A diagram of six inputs (with `pad` zeros on the left and `padAfter` on the right, hidden
    /// unless an edge reaches them) and the outputs of `numbered`, a matrix on the padded input;
    /// output `r` sits over input `centre(r)` (1-based), and only `highlight`'s lines are drawn.
    static func paddedDiagram(
        _ numbered: Matrix, pad: Int, padAfter: Int, centre: (Int) -> Int, highlight: Set<Int>
    ) -> LayerDiagram {
        var diagram = LayerDiagram()
        let positions = (0..<(pad + 6 + padAfter)).map { Double($0 - pad + 1) }
        let padding = Set((0..<pad).map { $0 } + (0..<padAfter).map { pad + 6 + $0 })
        let inputs = diagram.addRow(
            positions.indices.map { padding.contains($0) ? "0" : "x_\($0 - pad + 1)" }, x: positions, y: 0,
            padding: padding)
        let outputs = diagram.addRow(
            (0..<numbered.rows).map { "z_\($0 + 1)" }, x: (0..<numbered.rows).map { Double(centre($0)) }, y: 1.5)
        diagram.connect(numbered, inputs: inputs, outputs: outputs, only: highlight)
        let reached = Set(diagram.edges.map(\.from))
        for k in padding where !reached.contains(inputs[k]) { diagram.nodes[inputs[k]].hidden = true }
        return diagram
    }

    /// Figure 10.3: stride, kernel size and dilation on six inputs. (a, b) Stride 2: z_1 is centred
    /// on x_1 and z_2 on x_3. (c) Kernel size 5. (d) Dilation 2: three weights spread over five
    /// inputs; the dashed lines are the zeros interspersed in the kernel.
    @Sendable static func figure10_3() -> Figure {
        var figure = Figure(columns: 2, rows: 2, panelWidth: 340, panelHeight: 190)
        let (x, y) = (-1.6...7.6, -0.5...2.0)
        // Stride 2, "same" padding: one zero before x_1, three outputs centred on x_1, x_3, x_5.
        let strided = numberedMatrix(inputs: 7, kernel: 3, stride: 2, padding: .valid)
        for (panel, row) in [(0, 0), (1, 1)] {
            let diagram = paddedDiagram(strided, pad: 1, padAfter: 0, centre: { 2 * $0 + 1 }, highlight: [row])
            figure[panel] = diagram.axes(
                x: x, y: y,
                title: "stride 2: "
                    + paddedEquation(strided, row: row, output: "z_\(row + 1)", padding: [0]))
        }
        // Kernel 5 and dilation 2 both span five inputs: two zeros of padding on each side.
        let five = numberedMatrix(inputs: 10, kernel: 5, padding: .valid)
        figure[2] = paddedDiagram(five, pad: 2, padAfter: 2, centre: { $0 + 1 }, highlight: [2]).axes(
            x: x, y: y,
            title: "kernel 5: " + paddedEquation(five, row: 2, output: "z_3", padding: [0, 1, 8, 9], firstInput: -1))
        let dilated = numberedMatrix(inputs: 10, kernel: 3, dilation: 2, padding: .valid)
        var diagram = paddedDiagram(dilated, pad: 2, padAfter: 2, centre: { $0 + 1 }, highlight: [2])
        let holes = Matrix(rows: five.rows, cols: five.cols) { r, c in dilated[r, c] == 0 ? five[r, c] : 0 }
        diagram.connect(holes, inputs: Array(0..<10), outputs: Array(10..<16), only: [2], dashed: true)
        figure[3] = diagram.axes(
            x: x, y: y,
            title: "dilation 2: "
                + paddedEquation(dilated, row: 2, output: "z_3", padding: [0, 1, 8, 9], firstInput: -1))
        return figure
    }
}
