import Plot

extension ConvolutionalNetworks {
    /// An image as a panel of gray pixels (black 0, white 1), row 0 at the top, without axes.
    static func imagePanel(_ image: [[Double]], title: String, letter: String) -> Axes {
        var ax = Axes()
        let (height, width) = (image.count, image[0].count)
        ax.heatmap(
            Field(xs: (0..<width).map(Double.init), ys: (0..<height).map(Double.init), values: image.flatMap { $0 }),
            colormap: .gray, range: 0...1, interpolation: .nearest)
        ax.invertY = true
        ax.aspect = .equal
        ax.xLimits = -0.5...(Double(width) - 0.5)
        ax.yLimits = -0.5...(Double(height) - 0.5)
        ax.xTicks = []
        ax.yTicks = []
        ax.title = title
        ax.letter = letter
        return ax
    }

    /// Notebook 10.4's three chains on the generated test pattern: each row halves the image three
    /// times (96, 48, 24, 12 pixels a side) and doubles it three times. (a) Sub-sampling, then duplication; (b) max pooling, then
    /// max-unpooling into the positions of the maxima; (c) mean pooling, then bilinear interpolation.
    @Sendable static func figureNotebook10_4() -> Figure {
        let chains = Resolution.chains(of: TestPattern.image)
        var figure = Figure(columns: 7, rows: chains.count, panelWidth: 120, panelHeight: 132)
        for (row, chain) in chains.enumerated() {
            for (column, image) in chain.images.enumerated() {
                let title = column == 0 ? "original" : column <= 3 ? chain.down : chain.up
                figure[row: row, column: column] = imagePanel(
                    image, title: title, letter: column == 0 ? ["a", "b", "c"][row] : "")
            }
        }
        return figure
    }
}
