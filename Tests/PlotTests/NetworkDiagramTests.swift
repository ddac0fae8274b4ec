import Testing
@testable import Plot

/// The network diagram's geometry and the panel it produces.
@Suite struct NetworkDiagramTests {
    @Test func nodesAreCentredAndLayersSpacedByTwo() {
        let diagram = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3"], ["y"]])
        #expect(diagram.position(layer: 0, node: 0) == Point(0, 0))
        #expect(diagram.position(layer: 1, node: 0) == Point(2, 1))
        #expect(diagram.position(layer: 1, node: 2) == Point(2, -1))
        #expect(diagram.position(layer: 2, node: 0) == Point(4, 0))
    }

    @Test func oneLinePerConnection() {
        // Figure 3.11: 3 inputs, 3 hidden, 2 outputs: 9 + 6 = 15 slopes (the book's count).
        var diagram = NetworkDiagram(layers: [["x_1", "x_2", "x_3"], ["h_1", "h_2", "h_3"], ["y_1", "y_2"]])
        #expect(lineCount(diagram.axes()) == 15)
        // With bias nodes, one more line per hidden and output unit: 3 + 2 = 5 offsets; 20 in all.
        diagram.showBiases = true
        #expect(lineCount(diagram.axes()) == 20)
    }

    @Test func biasNodesSitOneUnitBelowTheirLayer() {
        let diagram = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3"], ["y"]])
        #expect(diagram.biasPosition(layer: 0) == Point(0, -1))
        #expect(diagram.biasPosition(layer: 1) == Point(2, -2))
    }

    @Test func rendersToSVG() throws {
        let svg = try Figure(NetworkDiagram(layers: [["x_1", "x_2"], ["h_1", "h_2", "h_3"], ["y"]]).axes()).svg()
        #expect(!svg.isEmpty)
    }

    private func lineCount(_ axes: Axes) -> Int {
        axes.items.count { if case .line = $0 { true } else { false } }
    }
}
