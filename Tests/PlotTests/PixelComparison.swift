import CCairo
import Foundation
import Testing

/// Pixels whose colour differs by more than a quarter of the range in some channel.
func changedPixels(_ a: [UInt8], _ b: [UInt8]) throws -> Int {
    func pixels(_ png: [UInt8]) throws -> [UInt32] {
        let path = NSTemporaryDirectory() + "pixels-\(UUID().uuidString).png"
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
