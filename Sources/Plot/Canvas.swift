import CCairo
import Foundation

/// A thin owner of a cairo surface and context. Not Sendable: create, draw and finish it
/// inside one call; only the figure values cross threads.
final class Canvas {
    let surface: OpaquePointer
    let cr: OpaquePointer
    static let fontFamily = "DejaVu Sans"

    init(surface: OpaquePointer) {
        self.surface = surface
        cr = cairo_create(surface)
        cairo_select_font_face(cr, Canvas.fontFamily, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        // Every surface gets the same, explicit font options. Left to their defaults, raster and
        // vector surfaces differ (hinted metrics), and cairo's process-wide font cache then lets
        // whichever surface came first decide how a later PNG's text is laid out.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_set_font_options(cr, options)
        cairo_font_options_destroy(options)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// Throws if the context or the surface has entered an error state.
    func checkStatus() throws {
        for status in [cairo_status(cr), cairo_surface_status(surface)] where status != CAIRO_STATUS_SUCCESS {
            throw PlotError.cairo(String(cString: cairo_status_to_string(status)))
        }
    }

    // MARK: State

    func save() { cairo_save(cr) }
    func restore() { cairo_restore(cr) }

    func setColor(_ c: Color) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a) }

    func setLine(_ style: LineStyle) {
        setColor(style.color)
        cairo_set_line_width(cr, style.width)
        setDash(style.dash)
    }

    func setLineWidth(_ width: Double) { cairo_set_line_width(cr, width) }

    func setDash(_ dash: [Double]) {
        dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
    }

    func clip(_ r: Rect) {
        cairo_rectangle(cr, r.x, r.y, r.width, r.height)
        cairo_clip(cr)
    }

    // MARK: Paths

    func move(_ x: Double, _ y: Double) { cairo_move_to(cr, x, y) }
    func line(_ x: Double, _ y: Double) { cairo_line_to(cr, x, y) }
    func close() { cairo_close_path(cr) }
    func stroke() { cairo_stroke(cr) }
    func fill() { cairo_fill(cr) }
    func fillPreserve() { cairo_fill_preserve(cr) }
    func newPath() { cairo_new_path(cr) }

    func rect(_ r: Rect) { cairo_rectangle(cr, r.x, r.y, r.width, r.height) }

    func circle(_ x: Double, _ y: Double, _ radius: Double) {
        cairo_new_sub_path(cr)
        cairo_arc(cr, x, y, radius, 0, 2 * Double.pi)
    }

    /// A straight stroked segment.
    func segment(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) {
        move(x0, y0); line(x1, y1); stroke()
    }

    /// Draws one marker centred at (x, y).
    func marker(_ style: MarkerStyle, _ x: Double, _ y: Double) {
        let r = style.size / 2
        switch style.marker {
        case .circle: circle(x, y, r)
        case .square: rect(Rect(x: x - r, y: y - r, width: 2 * r, height: 2 * r))
        case .triangle:
            move(x, y - r * 1.15); line(x + r, y + r * 0.75); line(x - r, y + r * 0.75); close()
        case .diamond:
            move(x, y - r * 1.2); line(x + r, y); line(x, y + r * 1.2); line(x - r, y); close()
        case .cross, .plus:
            let d = style.marker == .cross ? r * 0.8 : r
            setDash([])
            setColor(style.color)
            setLineWidth(max(1, style.size / 5))
            if style.marker == .cross {
                segment(x - d, y - d, x + d, y + d); segment(x - d, y + d, x + d, y - d)
            } else {
                segment(x - d, y, x + d, y); segment(x, y - d, x, y + d)
            }
            return
        }
        setColor(style.color)
        if let edge = style.edge {
            fillPreserve()
            setDash([])
            setColor(edge)
            setLineWidth(style.edgeWidth)
            stroke()
        } else {
            fill()
        }
    }

    // MARK: Images

    /// Pixels per point of a smooth heatmap's raster: on an image surface 2, the PNG's pixels;
    /// on a vector surface (SVG, PDF) 1, the figure's own size, which a renderer zooming in
    /// interpolates as smoothly as the field does.
    var rasterDensity: Double { cairo_surface_get_type(surface) == CAIRO_SURFACE_TYPE_IMAGE ? 2 : 1 }

    /// Paints an ARGB image of `pixelWidth × pixelHeight`, filled by `pixel(px, py)`, into `target`.
    /// Pixels for which `pixel` returns nil stay transparent.
    func paintImage(
        pixelWidth: Int, pixelHeight: Int, into target: Rect, smooth: Bool,
        pixel: (Int, Int) -> Color?
    ) {
        guard pixelWidth > 0, pixelHeight > 0,
            let image = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(pixelWidth), Int32(pixelHeight))
        else { return }
        defer { cairo_surface_destroy(image) }
        cairo_surface_flush(image)
        let stride = Int(cairo_image_surface_get_stride(image)) / 4
        if let raw = cairo_image_surface_get_data(image) {
            let data = UnsafeMutableRawPointer(raw).bindMemory(to: UInt32.self, capacity: stride * pixelHeight)
            for py in 0..<pixelHeight {
                for px in 0..<pixelWidth {
                    data[py * stride + px] = pixel(px, py).map(premultipliedARGB) ?? 0
                }
            }
        }
        cairo_surface_mark_dirty(image)
        identifyByContent(image, smooth: smooth)
        save()
        cairo_translate(cr, target.x, target.y)
        cairo_scale(cr, target.width / Double(pixelWidth), target.height / Double(pixelHeight))
        cairo_set_source_surface(cr, image, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), smooth ? CAIRO_FILTER_GOOD : CAIRO_FILTER_NEAREST)
        cairo_pattern_set_extend(cairo_get_source(cr), CAIRO_EXTEND_PAD)
        cairo_rectangle(cr, 0, 0, Double(pixelWidth), Double(pixelHeight))
        cairo_fill(cr)
        restore()
    }
}

/// Names an image by its pixels (cairo's unique-id mime data), so that a vector surface
/// embeds an image painted several times once and refers to it after that: figure 6.9 shows
/// one loss surface in four panels. The name is a 64-bit FNV-1a hash of the size, the
/// filter and the pixels.
private func identifyByContent(_ image: OpaquePointer, smooth: Bool) {
    let width = Int(cairo_image_surface_get_width(image))
    let height = Int(cairo_image_surface_get_height(image))
    let stride = Int(cairo_image_surface_get_stride(image))
    guard let data = cairo_image_surface_get_data(image) else { return }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    for byte in "\(width)x\(height)\(smooth ? "s" : "n")".utf8 { mix(byte) }
    for offset in 0..<(stride * height) { mix(data[offset]) }
    let name = Array("udl-image-\(String(hash, radix: 16))".utf8)
    guard let copy = malloc(name.count) else { return }
    copy.copyMemory(from: name, byteCount: name.count)
    cairo_surface_set_mime_data(
        image, CAIRO_MIME_TYPE_UNIQUE_ID, copy.assumingMemoryBound(to: UInt8.self), UInt(name.count), free, copy)
}

private func premultipliedARGB(_ c: Color) -> UInt32 {
    func byte(_ v: Double) -> UInt32 { UInt32((min(1, max(0, v)) * 255).rounded()) }
    let a = min(1, max(0, c.a))
    return byte(a) << 24 | byte(c.r * a) << 16 | byte(c.g * a) << 8 | byte(c.b * a)
}

/// An axis-aligned rectangle in device points (y grows downwards).
struct Rect: Sendable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
    var maxX: Double { x + width }
    var maxY: Double { y + height }
    var midX: Double { x + width / 2 }
    var midY: Double { y + height / 2 }
}
