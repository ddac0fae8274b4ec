/// A drawing of a fully connected feed-forward network (figures 3.4, 3.7, 3.11, 3.12 and
/// chapter 4's deep networks): columns of circles, one per layer, every node joined to
/// every node of the next layer.
///
///     var diagram = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3"], ["y"]])
///     diagram.showBiases = true                 // orange "1" nodes feeding each layer
///     let figure = Figure(diagram.axes(), width: 300, height: 240)
///
/// Labels use the usual markup (`h_1`, `x_2`, `\phi`). Layer `k` sits at x = k · `layerSpacing`
/// and its nodes are spaced one unit apart, centred on y = 0; `axes()` hides ticks and frame.
public struct NetworkDiagram: Sendable {
    /// Node labels, one array per layer, input layer first.
    public var layers: [[String]]
    /// Adds a bias node labelled "1" under every layer but the last, joined (in
    /// `biasColor`) to each node of the next layer, as in figure 3.4a.
    public var showBiases = false
    /// Titles under each layer ("Input layer", …); nil for none.
    public var layerTitles: [String]?
    /// The horizontal distance between layers, in units of the vertical node spacing.
    public var layerSpacing = 2.0
    /// The circles' diameter in points.
    public var nodeSize = 26.0
    public var nodeColor = Color.white
    public var edgeColor = Color.black
    public var biasColor = Color.bookOrange
    public var labelSize = 11.0

    public init(layers: [[String]]) {
        precondition(layers.count >= 2 && layers.allSatisfy { !$0.isEmpty }, "a diagram needs two non-empty layers")
        self.layers = layers
    }

    /// The centre of node `index` of layer `layer` in the diagram's coordinates.
    public func position(layer: Int, node index: Int) -> Point {
        Point(Double(layer) * layerSpacing, Double(layers[layer].count - 1) / 2 - Double(index))
    }

    /// Where the bias node of `layer` sits: in the layer's column, one unit below its lowest node.
    public func biasPosition(layer: Int) -> Point {
        Point(Double(layer) * layerSpacing, -Double(layers[layer].count - 1) / 2 - 1)
    }

    /// The diagram as a frameless panel with equal aspect.
    public func axes() -> Axes {
        var ax = Axes()
        ax.frame = false
        ax.xTicks = []; ax.yTicks = []
        ax.aspect = .equal
        let tallest = Double(layers.map(\.count).max()!)
        let bottom = showBiases ? min(-tallest / 2 - 1.4, (0..<(layers.count - 1)).map { biasPosition(layer: $0).y - 0.5 }.min()!)
                                : -tallest / 2 - (layerTitles == nil ? 0 : 0.6)
        ax.xLimits = -0.8...(Double(layers.count - 1) * layerSpacing + 0.8)
        ax.yLimits = bottom...(tallest / 2)
        for layer in 0..<(layers.count - 1) {
            for a in layers[layer].indices {
                for b in layers[layer + 1].indices {
                    let from = position(layer: layer, node: a), to = position(layer: layer + 1, node: b)
                    ax.line(x: [from.x, to.x], y: [from.y, to.y], color: edgeColor, width: 1)
                }
            }
            if showBiases {
                let bias = biasPosition(layer: layer)
                for b in layers[layer + 1].indices {
                    let to = position(layer: layer + 1, node: b)
                    ax.line(x: [bias.x, to.x], y: [bias.y, to.y], color: biasColor, width: 1)
                }
            }
        }
        for layer in layers.indices {
            let points = layers[layer].indices.map { position(layer: layer, node: $0) }
            ax.scatter(x: points.map(\.x), y: points.map(\.y), color: nodeColor, size: nodeSize, edge: edgeColor)
            for (point, label) in zip(points, layers[layer]) { ax.text(label, at: point, size: labelSize) }
            if showBiases && layer < layers.count - 1 {
                let bias = biasPosition(layer: layer)
                ax.scatter(x: [bias.x], y: [bias.y], color: biasColor, size: nodeSize * 0.8, edge: biasColor)
                ax.text("1", at: bias, size: labelSize)
            }
            if let titles = layerTitles, layer < titles.count {
                ax.text(titles[layer], at: Point(Double(layer) * layerSpacing, -tallest / 2 - 0.3), anchor: .top, size: labelSize)
            }
        }
        return ax
    }
}
