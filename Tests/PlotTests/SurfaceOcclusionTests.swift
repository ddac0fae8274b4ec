import CCairo
import Foundation
import Testing
@testable import Plot

/// The painter's pass sorts markers with the surface, so a ridge in front hides them.
@Suite struct SurfaceOcclusionTests {
    /// A flat floor with a wall along the near side (small y faces the default viewer).
    let wall = Field(xs: (0...20).map { Double($0) / 20 }, ys: (0...20).map { Double($0) / 20 }) { _, y in y < 0.4 ? 1 : 0 }

    func render(marker: (x: Double, y: Double, z: Double)?) throws -> [UInt8] {
        var surface = Surface3D(wall)
        surface.wireframe = nil
        if let marker { surface.points(x: [marker.x], y: [marker.y], z: [marker.z], color: .red, size: 8) }
        return try Figure(surface, width: 300, height: 280).png(scale: 1)
    }

    /// Pixels whose colour differs by more than a quarter of the range in some channel.
    func changedPixels(_ a: [UInt8], _ b: [UInt8]) throws -> Int {
        func pixels(_ png: [UInt8]) throws -> [UInt32] {
            let path = NSTemporaryDirectory() + "occlusion-\(UUID().uuidString).png"
            try Data(png).write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let image = cairo_image_surface_create_from_png(path)
            defer { cairo_surface_destroy(image) }
            let count = Int(cairo_image_surface_get_stride(image) / 4 * cairo_image_surface_get_height(image))
            let data = cairo_image_surface_get_data(image)!.withMemoryRebound(to: UInt32.self, capacity: count) { $0 }
            return Array(UnsafeBufferPointer(start: data, count: count))
        }
        let (p, q) = (try pixels(a), try pixels(b))
        #expect(p.count == q.count)
        func channel(_ pixel: UInt32, _ index: UInt32) -> Int { Int((pixel >> (8 * index)) & 0xff) }
        return zip(p, q).count { u, v in
            [UInt32(0), 1, 2].contains { (index: UInt32) -> Bool in abs(channel(u, index) - channel(v, index)) > 64 }
        }
    }

    @Test func aMarkerBehindTheWallIsHiddenAndOneOnTopIsNot() throws {
        let bare = try render(marker: nil)
        // Anti-aliased seams between the wall's quads may let a few pixels of a hidden marker through.
        #expect(try changedPixels(render(marker: (0.5, 0.8, 0)), bare) < 5)
        #expect(try changedPixels(render(marker: (0.5, 0.2, 1)), bare) > 30)
    }
}
