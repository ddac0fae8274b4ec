import Plot

extension ConvolutionalNetworks {
    /// The 15 kernels of the first convolutional layer of notebook 10.2's network after training:
    /// three weights each (bars at taps 1–3, one scale for all) and its bias β in the title. Many are difference
    /// kernels (weights of both signs: slopes and edges), some are averaging ones (one sign). From
    /// the committed run (`Results/mnist1d-cnn-kernels.csv`).
    @Sendable static func figureNotebook10_2Kernels() -> Figure {
        let kernels = MNIST1DComparisonFile.committedKernels
        let largest = kernels.flatMap(\.weights).map(abs).max() ?? 1
        let limit = (largest * 1.15 * 10).rounded(.up) / 10
        var figure = Figure(columns: 5, rows: 3, panelWidth: 150, panelHeight: 130)
        figure.panelLetters = false
        for (c, kernel) in kernels.enumerated() {
            var axes = Axes()
            axes.xLimits = 0.4...3.6
            axes.yLimits = -limit...limit
            axes.xTicks = [1, 2, 3]
            axes.yTicks = c % 5 == 0 ? [-limit, 0, limit] : []
            axes.title =
                "channel \(c + 1), β = " + String(format: "%.2f", kernel.bias).replacingOccurrences(of: "-", with: "−")
            axes.hline(y: 0, color: .gray, width: 0.8)
            axes.bars(x: [1, 2, 3], heights: kernel.weights, width: 0.6, color: .bookCyan, edge: .black)
            figure[c] = axes
        }
        return figure
    }
}
