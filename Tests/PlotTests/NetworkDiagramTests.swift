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

    @Test func arrowsStopAtTheTargetsEdge() {
        // Figure 3.4a: ten arrows (six slopes, four offsets), each pointing into its target node and ending
        // arrowGap before its centre.
        var diagram = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3"], ["y"]])
        diagram.showBiases = true
        diagram.arrows = true
        let arrows = diagram.axes().items.compactMap { item -> (from: Point, to: Point)? in
            if case .arrow(let from, let to, _, _, _) = item { (from, to) } else { nil }
        }
        #expect(arrows.count == 10 && lineCount(diagram.axes()) == 0)
        // x at (0, 0) to h_1 at (2, 1): the tip lies on that segment, 0.3 short of (2, 1).
        let first = arrows[0]
        #expect(first.from == Point(0, 0))
        let gap = ((2 - first.to.x) * (2 - first.to.x) + (1 - first.to.y) * (1 - first.to.y)).squareRoot()
        #expect(abs(gap - 0.3) < 1e-12)
        #expect(abs(first.to.y - first.to.x / 2) < 1e-12)
    }

    @Test func biasNodesSitOneUnitBelowTheirLayer() {
        let diagram = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3"], ["y"]])
        #expect(diagram.biasPosition(layer: 0) == Point(0, -1))
        #expect(diagram.biasPosition(layer: 1) == Point(2, -2))
    }

    @Test func weightAndBiasLabelsOfFigure46() {
        // Figure 4.6: D_i = 3, hidden layers of 4, 2 and 3 units, D_o = 2; Ω_0…Ω_3 and β_0…β_3.
        var diagram = NetworkDiagram(layers: [3, 4, 2, 3, 2].map { Array(repeating: "", count: $0) })
        diagram.showBiases = true
        diagram.connectionLabels = ["Ω_0", "Ω_1", "Ω_2", "Ω_3"]
        diagram.biasLabels = ["β_0", "β_1", "β_2", "β_3"]
        diagram.layerTitles = ["x", "h_1", "h_2", "h_3", "y"]
        // Ω_1 is centred between h_1 (x = 2) and h_2 (x = 4), above the top node of the
        // four-unit layer (y = 1.5); β_1 hangs under h_1's bias node at (2, −2.5).
        #expect(diagram.connectionLabelPosition(after: 1) == Point(3, 2.1))
        #expect(diagram.biasLabelPosition(layer: 1) == Point(2, -2.9))
        let ax = diagram.axes()
        let placed = texts(ax)
        for label in diagram.connectionLabels! + diagram.biasLabels! + diagram.layerTitles! {
            #expect(placed.count { $0.text == label } == 1, "\(label) drawn once")
        }
        // Titles form one row under the lowest β label, and everything lies inside the limits.
        let titleYs = Set(placed.filter { diagram.layerTitles!.contains($0.text) }.map(\.at.y))
        let lowestBiasLabel = placed.filter { $0.text.hasPrefix("β") }.map(\.at.y).min()!
        #expect(titleYs.count == 1 && titleYs.first! < lowestBiasLabel - 0.3)
        #expect(ax.yLimits!.lowerBound < titleYs.first! - 0.25)
        #expect(ax.yLimits!.upperBound > diagram.connectionLabelPosition(after: 0).y + 0.3)
    }

    @Test func biasLabelsNeedBiasNodes() {
        var diagram = NetworkDiagram(layers: [["x"], ["h_1", "h_2"], ["y"]])
        diagram.biasLabels = ["β_0", "β_1"]
        #expect(!texts(diagram.axes()).contains { $0.text.hasPrefix("β") })
        diagram.showBiases = true
        #expect(texts(diagram.axes()).count { $0.text.hasPrefix("β") } == 2)
    }

    /// The SVG fills the output nodes with `outputColor` (figure 5.5's cyan) and nothing else with
    /// it; without `outputColor` the colour does not appear.
    @Test func rendersTheOutputColourToSVG() throws {
        var diagram = NetworkDiagram(layers: [["x_1", "x_2"], ["h_1", "h_2", "h_3"], ["μ", "σ"]])
        let c = Color.bookCyan
        let percent = "rgb(\(twoDecimals(c.r * 100))%,\(twoDecimals(c.g * 100))%,\(twoDecimals(c.b * 100))%)"
        let fill = "fill=\"\(try #require(hexColour(Substring(percent))))\""
        #expect(!String(decoding: try Figure(diagram.axes()).svg(), as: UTF8.self).contains(fill))
        diagram.outputColor = c
        let svg = String(decoding: try Figure(diagram.axes()).svg(), as: UTF8.self)
        #expect(svg.components(separatedBy: fill).count - 1 == 2, "one filled circle per output")
    }

    @Test func outputColourFillsOnlyTheLastLayer() {
        var diagram = NetworkDiagram(layers: [["x"], ["h_1", "h_2"], ["μ", "σ"]])
        diagram.outputColor = .bookCyan
        let fills = diagram.axes().items.compactMap { item -> (Int, Color)? in
            if case .scatter(let x, _, let style, _) = item { (x.count, style.color) } else { nil }
        }
        #expect(fills.map(\.0) == [1, 2, 2])
        #expect(fills.map(\.1) == [.white, .white, .bookCyan])
    }

    private func texts(_ axes: Axes) -> [(text: String, at: Point)] {
        axes.items.compactMap { if case .text(let text, let at, _, _, _, _) = $0 { (text, at) } else { nil } }
    }

    @Test("Figure 9.8: a dropped unit is gray, its connections faded, and the live ones drawn over them")
    func droppedUnits() {
        // 2 inputs, 3 hidden, 1 output: dropping h_2 fades its 2 incoming and 1 outgoing connections.
        var diagram = NetworkDiagram(layers: [["x_1", "x_2"], ["h_1", "h_2", "h_3"], ["y"]])
        diagram.droppedNodes = [1: [1]]
        let colors = diagram.axes().items.compactMap { item -> Color? in
            if case .line(_, _, let style, _) = item { return style.color } else { return nil }
        }
        #expect(colors.count == 9)
        #expect(Array(colors.prefix(3)) == Array(repeating: diagram.droppedColor, count: 3))
        #expect(colors.dropFirst(3).allSatisfy { $0 == diagram.edgeColor })
        let grayNodes = diagram.axes().items.compactMap { item -> [Double]? in
            if case .scatter(let x, let y, let style, _) = item, style.color == diagram.droppedColor { return x + y }
            return nil
        }
        #expect(grayNodes == [[2, 0]])
    }

    private func lineCount(_ axes: Axes) -> Int {
        axes.items.count { if case .line = $0 { true } else { false } }
    }
}
