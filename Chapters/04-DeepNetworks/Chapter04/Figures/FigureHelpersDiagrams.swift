import Plot

/// The network diagrams of chapter 4: figures 4.4 and 4.6, and panel a of figures 4.1,
/// 4.2 and 4.8 (two shallow networks chained so that y is the second one's input).
extension DeepNetworks {
    /// Panel a of figures 4.1, 4.2 and 4.8: the first network's output y feeds the second,
    /// whose hidden units are primed.
    static func compositionDiagram(inputs: [String], secondHidden: Int) -> Axes {
        var diagram = NetworkDiagram(layers: [
            inputs, ["h_1", "h_2", "h_3"], ["y"],
            (1...secondHidden).map { "h′_\($0)" }, ["y′"],
        ])
        diagram.layerSpacing = 1.5
        diagram.nodeSize = 22
        diagram.labelSize = 10
        var ax = diagram.axes()
        ax.letter = "a"
        return ax
    }
}
