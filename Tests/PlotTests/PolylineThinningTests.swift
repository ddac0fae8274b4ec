import Foundation
import Testing

@testable import Plot

@Suite struct PolylineThinningTests {
    /// Points in order along a circle of radius `r` about (r, r), closed.
    static func circle(radius r: Double, points n: Int) -> [(x: Double, y: Double)] {
        (0...n).map { k in
            let angle = 2 * Double.pi * Double(k % n) / Double(n)
            return (x: r + r * cos(angle), y: r + r * sin(angle))
        }
    }

    @Test func pointsOnAStraightLineGoAndACornerStays() {
        let line = (0...10).map { (x: Double($0), y: 0.5 * Double($0)) }
        let kept = PolylineThinning.thinned(line, tolerance: 0.01)
        #expect(kept.map(\.x) == [0, 10])
        let corner = line + [(x: 10, y: 9)]
        #expect(PolylineThinning.thinned(corner, tolerance: 0.01).map(\.x) == [0, 10, 10])
    }

    @Test func aBumpBelowTheToleranceGoesAndOneAboveStays() {
        let bump = [(x: 0.0, y: 0.0), (x: 1, y: 0.04), (x: 2, y: 0)]
        #expect(PolylineThinning.thinned(bump, tolerance: 0.05).count == 2)
        #expect(PolylineThinning.thinned(bump, tolerance: 0.03).count == 3)
    }

    /// A chord spanning angle θ of a circle of radius r strays r(1 − cos(θ/2)) from the arc,
    /// so a polygon within tolerance t needs at least 2π / (2 acos(1 − t/r)) sides: 99.3 for
    /// r = 100, t = 0.05. Douglas–Peucker is not optimal but should come close, and every
    /// original point lies within t of the thinned line.
    @Test func aFinelySampledCircleKeepsAboutAsFewPointsAsItsCurvatureNeeds() {
        let original = Self.circle(radius: 100, points: 4000)
        let tolerance = 0.05
        let kept = PolylineThinning.thinned(original, tolerance: tolerance)
        let fewest = 2 * Double.pi / (2 * acos(1 - tolerance / 100))
        #expect(Double(kept.count - 1) >= fewest.rounded(.down))
        #expect(Double(kept.count - 1) < 1.6 * fewest)
        #expect(kept.first! == original.first! && kept.last! == original.last!)
        for p in original {
            let distance = zip(kept, kept.dropFirst()).map { PolylineThinning.distanceToSegment(p, $0, $1) }.min()!
            #expect(distance <= tolerance + 1e-12)
        }
    }

    /// A heatmap in an SVG embeds one pixel per point (plus a one-pixel border the plot's clip
    /// cuts off), while the PNG keeps two pixels per point of its own.
    @Test func anSVGHeatmapHasOnePixelPerPoint() throws {
        let field = Field(xs: [0, 1, 2], ys: [0, 1, 2]) { x, y in x * y }
        var figure = Figure(columns: 1)
        figure[0].heatmap(field)
        let svg = String(decoding: try figure.svg(), as: UTF8.self)
        let image = try #require(svg.range(of: "<image id=\"image1\" width=\""))
        let width = try #require(Int(svg[image.upperBound...].prefix { $0.isNumber }))
        let clip = try #require(svg.range(of: "<clipPath id=\"clip1\">\n  <path d=\"M "))
        let numbers = svg[clip.upperBound...].prefix { $0 != "\"" }.split(separator: " ")
        let plotWidth = try #require(Double(numbers[3]))
        #expect(width == Int(plotWidth.rounded(.up)) + 2)
    }
}
