import Testing

@testable import Plot

@Suite struct SVGNumbersTests {
    @Test(arguments: [
        (12.345678, "12.35"), (-0.004, "0"), (3.0, "3"), (-0.07, "-0.07"), (1.5, "1.5"),
        (0.05, "0.05"), (554.426227, "554.43"), (-7.140625, "-7.14"), (99.996, "100"),
    ])
    func twoDecimalsRoundsToHundredths(value: Double, text: String) {
        #expect(twoDecimals(value) == text)
    }

    @Test func coordinatesAreRoundedAndEverythingElseKept() {
        let svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg width="580px" viewBox="0 0 580 480" version="1.1">
            <symbol id="glyph0-1"><path d="M 0.546875 1.9375 L -6.015625 -0.0078125 Z"/></symbol>
            <use xlink:href="#glyph0-1" x="54.336605" y="221.144"/>
            <path style="stroke-width:1.2;stroke:rgb(12.156863%,46.666667%,70.588235%);stroke-opacity:0.5;" d="M 1 2 "/>
            <image transform="matrix(0.123456,0,0,0.654321,42.868609,25.4)" xlink:href="data:image/png;base64,iVB0R+5w/3aZ"/>
            """
        let rounded = String(decoding: roundingSVGNumbers(Array(svg.utf8)), as: UTF8.self)
        #expect(
            rounded == """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg width="580px" viewBox="0 0 580 480" version="1.1">
                <symbol id="glyph0-1"><path d="M 0.55 1.94 L -6.02 -0.01 Z"/></symbol>
                <use xlink:href="#glyph0-1" x="54.34" y="221.14"/>
                <path style="stroke-width:1.2;stroke:rgb(12.16%,46.67%,70.59%);stroke-opacity:0.5;" d="M 1 2 "/>
                <image transform="matrix(0.123456,0,0,0.654321,42.87,25.4)" xlink:href="data:image/png;base64,iVB0R+5w/3aZ"/>
                """)
    }
}

@Suite struct SVGDifferenceTests {
    static let base = """
        <svg width="100px">
        <path style="fill:none;stroke-width:1.5;stroke:rgb(10%,20%,30%);" d="M 10 20 L 30.25 40.5 "/>
        <use xlink:href="#glyph0-1" x="54.34" y="21.14"/>
        </svg>
        """

    func difference(_ edited: String, tolerance: Double = 0.25) -> SVGDifference? {
        SVGDifference.between(committed: Array(Self.base.utf8), rendered: Array(edited.utf8), tolerance: tolerance)
    }

    @Test func coordinatesWithinTheToleranceMatch() {
        #expect(difference(Self.base.replacingOccurrences(of: "30.25 40.5", with: "30.4 40.35")) == nil)
        #expect(difference(Self.base.replacingOccurrences(of: "x=\"54.34\"", with: "x=\"54.5\"")) == nil)
    }

    @Test func aCurveMovedByAPixelIsReported() throws {
        let moved = Self.base.replacingOccurrences(of: "M 10 20 L 30.25 40.5", with: "M 11 20 L 31.25 40.5")
        let found = try #require(difference(moved))
        #expect(found.firstLine == 2)
        #expect(found.differingLines == 1)
        #expect(found.committedLine.contains("M 10 20") && found.renderedLine.contains("M 11 20"))
    }

    @Test func stylesAndStructureMustMatchExactly() {
        #expect(difference(Self.base.replacingOccurrences(of: "stroke-width:1.5", with: "stroke-width:1.6")) != nil)
        #expect(difference(Self.base.replacingOccurrences(of: "rgb(10%", with: "rgb(10.1%")) != nil)
        #expect(difference(Self.base.replacingOccurrences(of: "glyph0-1", with: "glyph0-2")) != nil)
        #expect(difference(Self.base.replacingOccurrences(of: " L 30.25 40.5", with: "")) != nil)
        #expect(difference(Self.base + "\n<path d=\"M 1 1\"/>")?.differingLines == 1)
    }

    @Test func aReportStaysShortForLongLines() throws {
        let long = "<path d=\"" + String(repeating: "L 1.5 2.5 ", count: 5000) + "\"/>"
        let found = try #require(
            SVGDifference.between(
                committed: Array(long.utf8), rendered: Array(long.replacingOccurrences(of: "L 1.5", with: "L 9.5").utf8)
            ))
        #expect(found.description.count < 600)
        #expect(found.description.split(separator: "\n").count == 3)
    }
}

@Suite struct SVGPolylineTests {
    static let line = "<path style=\"fill:none;\" d=\"M 0 0 L 10 10 L 20 20 L 30 0 \"/>"

    func match(_ other: String) -> Bool {
        SVGDifference.between(committed: Array(Self.line.utf8), rendered: Array(other.utf8)) == nil
    }

    @Test func aMergedCollinearPointStillMatches() {
        #expect(match("<path style=\"fill:none;\" d=\"M 0 0 L 20 20 L 30 0 \"/>"))
    }

    @Test func aDroppedCornerOrAnotherStyleDoesNot() {
        #expect(!match("<path style=\"fill:none;\" d=\"M 0 0 L 10 10 L 20 20 \"/>"))
        #expect(!match("<path style=\"fill:none;\" d=\"M 0 0 L 10 10 L 21 20 L 30 0 L 31 0 \"/>"))
        #expect(!match("<path style=\"fill:red;\" d=\"M 0 0 L 20 20 L 30 0 \"/>"))
    }
}
