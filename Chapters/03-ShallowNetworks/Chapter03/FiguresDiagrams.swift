import Plot

/// The network diagrams (figures 3.4, 3.7, 3.11, 3.12), drawn from the networks' shapes.
extension ShallowNetworks {
    static func figureDepiction() -> Figure {
        var full = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3"], ["y"]])
        full.showBiases = true
        let simple = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3"], ["y"]])
        var fig = Figure(columns: 2, rows: 1, panelWidth: 300, panelHeight: 260)
        fig[0] = full.axes()
        fig[1] = simple.axes()
        return fig
    }

    static func figureTwoInputs() -> Figure {
        Figure(
            NetworkDiagram(layers: [["x_1", "x_2"], ["h_1", "h_2", "h_3"], ["y"]]).axes(), width: 300, height: 240)
    }

    static func figureThreeInputs() -> Figure {
        Figure(
            NetworkDiagram(layers: [["x_1", "x_2", "x_3"], ["h_1", "h_2", "h_3"], ["y_1", "y_2"]]).axes(),
            width: 300, height: 240)
    }

    static func figureTerminology() -> Figure {
        var diagram = NetworkDiagram(layers: [["x_1", "x_2", "x_3"], ["h_1", "h_2", "h_3", "h_4"], ["y_1", "y_2"]])
        diagram.layerTitles = ["Input layer", "Hidden layer", "Output layer"]
        return Figure(diagram.axes(), width: 380, height: 300)
    }
}
