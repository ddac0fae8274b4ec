import CCairo
import Foundation
import Testing

@testable import Plot

/// The painter's pass sorts markers with the surface, so a ridge in front hides them.
@Suite struct SurfaceOcclusionTests {
    /// A flat floor with a wall along the near side (small y faces the default viewer).
    let wall = Field(xs: (0...20).map { Double($0) / 20 }, ys: (0...20).map { Double($0) / 20 }) { _, y in
        y < 0.4 ? 1 : 0
    }

    func render(marker: (x: Double, y: Double, z: Double)?) throws -> [UInt8] {
        var surface = Surface3D(wall)
        surface.wireframe = nil
        if let marker { surface.points(x: [marker.x], y: [marker.y], z: [marker.z], color: .red, size: 8) }
        return try Figure(surface, width: 300, height: 280).png(scale: 1)
    }

    @Test func aMarkerBehindTheWallIsHiddenAndOneOnTopIsNot() throws {
        let bare = try render(marker: nil)
        // Anti-aliased seams between the wall's quads may let a few pixels of a hidden marker through.
        #expect(try changedPixels(render(marker: (0.5, 0.8, 0)), bare) < 5)
        #expect(try changedPixels(render(marker: (0.5, 0.2, 1)), bare) > 30)
    }
}
