import Foundation
import Testing

@testable import Plot

/// The glyph rasterizer against geometry: ink is centred on the raster, a rotation by a
/// quarter turn swaps a bar's extents, a thicker pen adds ink, and missing fonts are one clear error.
struct GlyphRasterizerTests {
    static func rasterizer() throws -> GlyphRasterizer { try GlyphRasterizer(fonts: FontFile.dejaVuCore()) }

    /// Total ink, centre of mass (x, y) and spread (sd along x, sd along y) of a raster.
    static func moments(_ raster: [Double], width: Int) -> (ink: Double, x: Double, y: Double, sx: Double, sy: Double) {
        var (ink, x, y, xx, yy) = (0.0, 0.0, 0.0, 0.0, 0.0)
        for (p, v) in raster.enumerated() {
            let (r, c) = (Double(p / width) + 0.5, Double(p % width) + 0.5)
            ink += v
            x += v * c
            y += v * r
            xx += v * c * c
            yy += v * r * r
        }
        let (mx, my) = (x / ink, y / ink)
        return (ink, mx, my, (xx / ink - mx * mx).squareRoot(), (yy / ink - my * my).squareRoot())
    }

    @Test func loadsTheSixCoreFaces() throws {
        let fonts = try FontFile.dejaVuCore()
        #expect(fonts.count == 6)
        #expect(Set(fonts.map(\.name)).count == 6)
        #expect(try Self.rasterizer().fonts == fonts)
    }

    @Test func centresTheInk() throws {
        let r = try Self.rasterizer()
        // A "0" is symmetric: its centre of mass is its ink box's centre, the raster's centre,
        // whatever the scale.
        for scale in [1.0, 0.6] {
            let centred = Self.moments(
                try r.render("0", face: 0, size: 20, height: 28, width: 28, scale: scale), width: 28)
            #expect(abs(centred.x - 14) < 0.3 && abs(centred.y - 14) < 0.3)
        }
    }

    @Test func quarterTurnSwapsTheExtents() throws {
        let r = try Self.rasterizer()
        let upright = Self.moments(try r.render("1", face: 2, size: 20, height: 28, width: 28), width: 28)
        let turned = Self.moments(
            try r.render("1", face: 2, size: 20, height: 28, width: 28, rotation: .pi / 2), width: 28)
        #expect(upright.sy > 1.5 * upright.sx)
        #expect(abs(turned.sx - upright.sy) < 0.4 && abs(turned.sy - upright.sx) < 0.4)
    }

    @Test func scaleAndPenChangeTheInk() throws {
        let r = try Self.rasterizer()
        let plain = Self.moments(try r.render("8", face: 0, size: 20, height: 28, width: 28), width: 28)
        let half = Self.moments(try r.render("8", face: 0, size: 20, height: 28, width: 28, scale: 0.5), width: 28)
        // Ink is area: half the size, a quarter of the ink (within anti-aliasing).
        #expect(abs(half.ink / plain.ink - 0.25) < 0.04)
        let thick = Self.moments(
            try r.render("8", face: 0, size: 20, height: 28, width: 28, strokeWidth: 2), width: 28)
        #expect(thick.ink > 1.3 * plain.ink)
        let bold = Self.moments(try r.render("8", face: 1, size: 20, height: 28, width: 28), width: 28)
        #expect(bold.ink > 1.15 * plain.ink)
    }

    @Test func missingFontsAreOneLine() {
        #expect(throws: PlotError.self) { try FontFile.dejaVuCore(in: ["/nonexistent"]) }
        do {
            _ = try FontFile.dejaVuCore(in: ["/nonexistent"])
        } catch {
            let line = "\(error)"
            #expect(line.hasPrefix("missing fonts: the DejaVu fonts") && line.contains("fonts-dejavu-core"))
            #expect(!line.contains("\n"))
        }
        #expect(throws: PlotError.self) {
            try GlyphRasterizer(fonts: [FontFile(name: "not a font", path: "/etc/hostname")])
        }
    }
}
