import Plot

/// The network diagrams of chapter 4: figures 4.4 and 4.6, and panel a of figures 4.1,
/// 4.2 and 4.8 (two shallow networks chained so that y is the second one's input).
extension DeepNetworks {
    /// Figure 4.4: the 1-3-3-1 network of eqs. 4.7–4.9, its three groups of
    /// parameters (θ, ψ, φ′) named above the connections they weight.
    static func draw44() -> Figure {
        var diagram = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3"], ["h′_1", "h′_2", "h′_3"], ["y′"]])
        diagram.showBiases = true
        diagram.connectionLabels = ["θ", "ψ", "φ′"]
        return Figure(diagram.axes(), width: 420, height: 300)
    }

    /// Figure 4.6: D_i = 3, hidden layers of 4, 2 and 3 units, D_o = 2, with the weight
    /// matrices Ω_k over the connections and the bias vectors β_k under the bias nodes
    /// (eq. 4.15).
    static func draw46() -> Figure {
        let sizes = [3, 4, 2, 3, 2]
        var diagram = NetworkDiagram(layers: sizes.map { Array(repeating: "", count: $0) })
        diagram.showBiases = true
        diagram.connectionLabels = (0..<4).map { "Ω_\($0)" }
        diagram.biasLabels = (0..<4).map { "β_\($0)" }
        diagram.layerTitles = ["x", "h_1", "h_2", "h_3", "y"]
        diagram.nodeSize = 22
        return Figure(diagram.axes(), width: 520, height: 400)
    }

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
