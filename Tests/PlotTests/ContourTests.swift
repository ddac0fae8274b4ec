import Neural
import Plot
import Testing

@Test func unitCircleContourLiesOnTheCircleAndCloses() throws {
    let field = Field(xs: linspace(-2, 2, 41), ys: linspace(-2, 2, 41)) { x, y in x * x + y * y }
    let lines = field.contourLines(at: 1)
    #expect(lines.count == 1)
    let line = try #require(lines.first)
    #expect(line.isClosed)
    #expect(line.points.first == line.points.last)
    #expect(line.points.count > 30)
    for p in line.points {
        // Linear interpolation of x² + y² between grid points 0.1 apart is off by at most ~h²/4.
        #expect(abs((p.x * p.x + p.y * p.y).squareRoot() - 1) < 0.01)
    }
    // The polygon's area (shoelace) should be close to π.
    var area = 0.0
    for k in 0..<(line.points.count - 1) {
        area += line.points[k].x * line.points[k + 1].y - line.points[k + 1].x * line.points[k].y
    }
    #expect(abs(abs(area) / 2 - Double.pi) < 0.02)
}

@Test func planeContourIsAStraightLine() throws {
    // f = x + 2y crosses 1 along y = (1 - x) / 2.
    let field = Field(xs: linspace(0, 2, 11), ys: linspace(-1, 1, 9)) { x, y in x + 2 * y }
    let lines = field.contourLines(at: 1)
    #expect(lines.count == 1)
    let line = try #require(lines.first)
    #expect(!line.isClosed)
    #expect(line.points.count > 5)
    for p in line.points { #expect(abs(p.y - (1 - p.x) / 2) < 1e-12) }
    let xs = line.points.map(\.x)
    #expect(abs(xs.min()! - 0) < 1e-12 && abs(xs.max()! - 2) < 1e-12)
}

@Test func levelOutsideTheRangeGivesNoLines() {
    let field = Field(xs: linspace(0, 1, 5), ys: linspace(0, 1, 5)) { x, y in x + y }
    #expect(field.contourLines(at: 5).isEmpty)
    #expect(field.evenLevels(3) == [0.5, 1, 1.5])
}
