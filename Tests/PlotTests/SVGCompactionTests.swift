import Testing

@testable import Plot

/// The SVG post-processing that shrinks a figure without changing what it draws.
@Suite struct SVGCompactionTests {
    @Test func pathDataBecomesRelativeWithoutRepeatedLettersOrATrailingMove() throws {
        // A unit-less square of side 10 at (57.76, 25.4), closed, as cairo writes it.
        let data = "M 57.76 25.4 L 67.76 25.4 L 67.76 35.4 L 57.76 35.4 Z M 57.76 25.4 "
        let commands = try #require(parsePathData(data.utf8))
        #expect(compactPathData(commands) == "M 57.76 25.4 l 10 0 0 10 -10 0 z")
    }

    @Test func relativeDataParsesBackToTheSameAbsolutePoints() throws {
        let absolute = "M 1 2 L 3.5 2.25 C 4 3 5 3 6 2 Z M 10 10 L 11 12 "
        let compact = compactPathData(try #require(parsePathData(absolute.utf8)))
        #expect(compact == "M 1 2 l 2.5 0.25 c 0.5 0.75 1.5 0.75 2.5 -0.25 z m 9 8 l 1 2")
        let points = try #require(parsePathData(compact.utf8)).map(\.coordinates)
        #expect(points == [[1, 2], [3.5, 2.25], [4, 3, 5, 3, 6, 2], [], [10, 10], [11, 12]])
    }

    @Test func pathDataItCannotReadIsKept() {
        let svg = #"<path d="M 0 0 A 1 1 0 0 1 2 2"/>"#
        #expect(compactingPathData(Array(svg.utf8)) == Array(svg.utf8))
    }

    @Test(arguments: [
        ("rgb(0%,0%,0%)", "#000000"), ("rgb(100%,100%,100%)", "#ffffff"),
        // 50.2 % of 255 is 128.01, 12.16 % is 31.01, 70.59 % is 180.00.
        ("rgb(50.2%,12.16%,70.59%)", "#801fb4"),
    ])
    func percentColoursBecomeHex(text: String, hex: String) {
        #expect(hexColour(Substring(text)) == hex)
    }

    @Test func repeatedStylesBecomeClassesAndColoursAttributes() {
        let style = "fill-rule:nonzero;fill:rgb(100%,0%,0%);fill-opacity:1;stroke-width:0.4"
        let svg = """
            <svg width="10px">
            <path style="\(style)" d="M 0 0 "/>
            <path style="\(style.replacingOccurrences(of: "100%,0%", with: "0%,100%"))" d="M 1 1 "/>
            <path style="fill:none;stroke-width:2;stroke:rgb(0%,0%,100%)" d="M 2 2 "/>
            </svg>
            """
        let shared = String(decoding: sharingSVGStyles(Array(svg.utf8)), as: UTF8.self)
        #expect(
            shared == """
                <svg width="10px">
                <style>
                .s1{fill-rule:nonzero;fill-opacity:1;stroke-width:0.4}
                </style>
                <path class="s1" fill="#ff0000" d="M 0 0 "/>
                <path class="s1" fill="#00ff00" d="M 1 1 "/>
                <path style="stroke-width:2" fill="none" stroke="#0000ff" d="M 2 2 "/>
                </svg>
                """)
    }

    /// A heatmap painted in two panels is embedded once and referred to twice.
    @Test func anImagePaintedTwiceIsEmbeddedOnce() throws {
        let field = Field(xs: [0, 1, 2], ys: [0, 1, 2]) { x, y in x * y }
        var figure = Figure(columns: 2)
        for panel in 0..<2 { figure[panel].heatmap(field) }
        let svg = String(decoding: try figure.svg(), as: UTF8.self)
        #expect(svg.components(separatedBy: "<image").count - 1 == 1)
    }
}
