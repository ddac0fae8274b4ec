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
    /// Titles under each layer ("Input layer", …); nil for none. With bias nodes they sit
    /// in one row below the lowest bias node (and its label).
    public var layerTitles: [String]?
    /// One label per gap between layers, written above the edges halfway between them
    /// (the weights Ω_0, Ω_1, … of figure 4.6); nil for none.
    public var connectionLabels: [String]?
    /// One label per bias node, written under it (the biases β_0, β_1, … of figure 4.6);
    /// drawn only with `showBiases`.
    public var biasLabels: [String]?
    /// Layers whose outgoing connections (bias ones included) are drawn dashed: weights held fixed
    /// rather than learned, as in figure 8.4a.
    public var fixedLayers: Set<Int> = []
    /// Nodes dropped out, by layer: drawn gray, with their connections faded (figure 9.8).
    public var droppedNodes: [Int: Set<Int>] = [:]
    /// The fill of dropped nodes and the colour of their connections.
    public var droppedColor = Color.lightGray
    /// The horizontal distance between layers, in units of the vertical node spacing.
    public var layerSpacing = 2.0
    /// The circles' diameter in points.
    public var nodeSize = 26.0
    public var nodeColor = Color.white
    /// The fill of the output layer's nodes when it differs from `nodeColor` (figure 5.5
    /// marks the outputs that parametrise the distribution).
    public var outputColor: Color? = nil
    public var edgeColor = Color.black
    public var biasColor = Color.bookOrange
    public var labelSize = 11.0
    /// Draws every connection as an arrow into its target node (figures 3.4a and 3.12: computation flows
    /// from left to right). Arrows are solid even for `fixedLayers`.
    public var arrows = false
    /// How far from the target's centre an arrow stops, in the diagram's units (one unit is the vertical node
    /// spacing): about a node's radius at the panel size, so that the head touches the circle.
    public var arrowGap = 0.3

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

    /// Where the label of the connections from `layer` to `layer + 1` is centred: halfway
    /// between the two columns, above the tallest layer.
    public func connectionLabelPosition(after layer: Int) -> Point {
        Point((Double(layer) + 0.5) * layerSpacing, tallest / 2 + 0.1)
    }

    /// Where the label of the bias node of `layer` hangs from (its top centre).
    public func biasLabelPosition(layer: Int) -> Point {
        let bias = biasPosition(layer: layer)
        return Point(bias.x, bias.y - 0.4)
    }

    /// One connection: a line, or with `arrows` an arrow that stops `arrowGap` short of the target's centre.
    private func connect(_ from: Point, _ to: Point, color: Color, dash: [Double], on ax: inout Axes) {
        guard arrows else {
            ax.line(x: [from.x, to.x], y: [from.y, to.y], color: color, width: 1, dash: dash)
            return
        }
        let (dx, dy) = (to.x - from.x, to.y - from.y)
        let length = (dx * dx + dy * dy).squareRoot()
        let tip = Point(to.x - dx / length * arrowGap, to.y - dy / length * arrowGap)
        ax.arrow(from: from, to: tip, color: color, width: 1, headSize: 7)
    }

    /// The bias node's connections into the layer after `layer`, when biases are shown.
    private func drawBiasConnections(of layer: Int, dash: [Double], on ax: inout Axes) {
        guard showBiases else { return }
        let bias = biasPosition(layer: layer)
        for b in layers[layer + 1].indices {
            connect(bias, position(layer: layer + 1, node: b), color: biasColor, dash: dash, on: &ax)
        }
    }

    private func isDropped(layer: Int, node: Int) -> Bool { droppedNodes[layer]?.contains(node) ?? false }

    /// The number of nodes in the largest layer.
    private var tallest: Double { Double(layers.map(\.count).max()!) }

    /// The y at which the layer titles hang: under the nodes, or under the lowest bias node.
    private var titleTop: Double {
        guard showBiases else { return -tallest / 2 - 0.3 }
        let lowestBias = (0..<(layers.count - 1)).map { biasPosition(layer: $0).y }.min()!
        return lowestBias - (biasLabels == nil ? 0.5 : 0.9)
    }

    /// The diagram as a frameless panel with equal aspect.
    public func axes() -> Axes {
        var ax = Axes()
        ax.frame = false
        ax.xTicks = []; ax.yTicks = []
        ax.aspect = .equal
        var bottom =
            showBiases
            ? min(-tallest / 2 - 1.4, (0..<(layers.count - 1)).map { biasPosition(layer: $0).y - 0.5 }.min()!)
            : -tallest / 2
        if layerTitles != nil { bottom = min(bottom, titleTop - 0.3) }
        ax.xLimits = -0.8...(Double(layers.count - 1) * layerSpacing + 0.8)
        ax.yLimits = bottom...(tallest / 2 + (connectionLabels == nil ? 0 : 0.5))
        // Faded connections first, so that the live ones are drawn over them.
        for faded in [true, false] {
            for layer in 0..<(layers.count - 1) {
                let dash: [Double] = fixedLayers.contains(layer) ? [4, 3] : []
                for a in layers[layer].indices {
                    for b in layers[layer + 1].indices
                    where (isDropped(layer: layer, node: a) || isDropped(layer: layer + 1, node: b)) == faded {
                        connect(
                            position(layer: layer, node: a), position(layer: layer + 1, node: b),
                            color: faded ? droppedColor : edgeColor, dash: dash, on: &ax)
                    }
                }
                if !faded { drawBiasConnections(of: layer, dash: dash, on: &ax) }
            }
        }
        for layer in layers.indices {
            let points = layers[layer].indices.map { position(layer: layer, node: $0) }
            let fill = layer == layers.count - 1 ? outputColor ?? nodeColor : nodeColor
            let dropped = droppedNodes[layer] ?? []
            let kept = points.indices.filter { !dropped.contains($0) }
            ax.scatter(
                x: kept.map { points[$0].x }, y: kept.map { points[$0].y }, color: fill, size: nodeSize, edge: edgeColor
            )
            if !dropped.isEmpty {
                let gone = points.indices.filter { dropped.contains($0) }
                ax.scatter(
                    x: gone.map { points[$0].x }, y: gone.map { points[$0].y }, color: droppedColor, size: nodeSize,
                    edge: edgeColor)
            }
            for (point, label) in zip(points, layers[layer]) { ax.text(label, at: point, size: labelSize) }
            if showBiases && layer < layers.count - 1 {
                let bias = biasPosition(layer: layer)
                ax.scatter(x: [bias.x], y: [bias.y], color: biasColor, size: nodeSize * 0.8, edge: biasColor)
                ax.text("1", at: bias, size: labelSize)
                if let labels = biasLabels, layer < labels.count {
                    ax.text(labels[layer], at: biasLabelPosition(layer: layer), anchor: .top, size: labelSize)
                }
            }
            if let labels = connectionLabels, layer < min(labels.count, layers.count - 1) {
                ax.text(labels[layer], at: connectionLabelPosition(after: layer), anchor: .bottom, size: labelSize)
            }
            if let titles = layerTitles, layer < titles.count {
                ax.text(titles[layer], at: Point(Double(layer) * layerSpacing, titleTop), anchor: .top, size: labelSize)
            }
        }
        return ax
    }
}
