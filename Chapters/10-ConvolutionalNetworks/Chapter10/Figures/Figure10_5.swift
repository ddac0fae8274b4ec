import Neural
import Plot

extension ConvolutionalNetworks {
    /// Figure 10.5: channels. (a) A kernel-3 convolution of the input x gives the first channel,
    /// h_1…h_6; (b) a second kernel gives the second channel, h_7…h_12 (the matrix of
    /// `Conv1d(1, 2, kernel: 3)`, weights 1–3 and 4–6); the two rows form the first hidden layer
    /// H_1. (c) A further layer, `Conv1d(2, 1, kernel: 3)`, sums over both channels at the three
    /// nearest positions: six weights per output.
    @Sendable static func figure10_5() -> Figure {
        var figure = Figure(columns: 3, rows: 1, panelWidth: 300, panelHeight: 260)
        let positions = (1...6).map(Double.init)
        let (x, y) = (0.4...6.6, -0.4...3.0)
        let first = numberedMatrix(inputs: 6, outChannels: 2, kernel: 3, padding: .same)
        for channel in 0..<2 {
            var diagram = LayerDiagram()
            let inputs = diagram.addRow((1...6).map { "x_\($0)" }, x: positions, y: 0)
            // Channel 2 goes under channel 1, so that its lines do not cross channel 1's units.
            let one = diagram.addRow((1...6).map { "h_\($0)" }, x: positions, y: channel == 0 ? 1.6 : 2.5)
            let two = channel == 1 ? diagram.addRow((7...12).map { "h_{\($0)}" }, x: positions, y: 1.6) : []
            diagram.connect(first, inputs: inputs, outputs: one + two, only: Set((0..<6).map { channel * 6 + $0 }))
            figure[channel] = diagram.axes(
                x: x, y: y,
                title: channel == 0
                    ? "channel 1: weights \\omega_1…\\omega_3" : "channel 2: \\omega_4…\\omega_6; both form H_1")
        }
        // The next layer's outputs sit between its two input channels: channel 1 above, channel 2 below.
        let second = numberedMatrix(inputs: 6, inChannels: 2, kernel: 3, padding: .same)
        var diagram = LayerDiagram()
        let one = diagram.addRow((1...6).map { "h_\($0)" }, x: positions, y: 2.5)
        let two = diagram.addRow((7...12).map { "h_{\($0)}" }, x: positions, y: 0)
        let outputs = diagram.addRow((1...6).map { "h'_\($0)" }, x: positions, y: 1.25)
        diagram.connect(second, inputs: one + two, outputs: outputs, only: [3])
        figure[2] = diagram.axes(x: x, y: y, title: "next layer: 2 channels × 3 positions")
        return figure
    }
}
