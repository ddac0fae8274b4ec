import Testing

@testable import Plot

/// Markers are drawn unclipped when their centre is inside the plot, and not at all outside it.
@Suite struct MarkerClippingTests {
    func render(markerAt x: Double?) throws -> [UInt8] {
        var axes = Axes()
        axes.xLimits = 0...1
        axes.yLimits = 0...1
        if let x { axes.scatter(x: [x], y: [0.5], color: .red, size: 10) }
        return try Figure(axes, width: 200, height: 200).png(scale: 1)
    }

    @Test func aMarkerOnTheFrameShowsWholeAndOneOutsideNotAtAll() throws {
        let bare = try render(markerAt: nil)
        let inside = try changedPixels(render(markerAt: 0.5), bare)
        let onFrame = try changedPixels(render(markerAt: 1), bare)
        // A clipped marker would show only its inner half.
        #expect(inside > 40)
        #expect(Double(onFrame) > 0.8 * Double(inside))
        #expect(try changedPixels(render(markerAt: 1.3), bare) == 0)
    }
}
