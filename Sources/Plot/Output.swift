import CCairo
import FileOutput
import Foundation

/// The file formats a figure can be written in.
public enum OutputFormat: String, CaseIterable, Sendable {
    case png, svg, pdf
}

extension Figure {
    /// The figure as SVG with px units. Cairo numbers some ids with process-wide counters,
    /// so they are renumbered in order of appearance: the same figure always gives the
    /// same bytes, even when several figures render at once. Coordinates carry two decimals
    /// of a pixel (`roundingSVGNumbers`), path data is written relative and without repeated
    /// command letters (`compactingPathData`), and repeated styles become classes
    /// (`sharingSVGStyles`): the file shrinks and draws the same.
    public func svg() throws -> [UInt8] {
        let raw = try renderToStream { write, sink in
            let surface = cairo_svg_surface_create_for_stream(write, sink, width, height)
            if let surface { cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX) }
            return surface
        }
        let canonical = Array(canonicalSVG(String(decoding: raw, as: UTF8.self)).utf8)
        return sharingSVGStyles(compactingPathData(roundingSVGNumbers(canonical)))
    }

    /// The figure as a PNG of `scale` pixels per point (white background, no alpha holes).
    public func png(scale: Double = 2) throws -> [UInt8] {
        guard scale > 0, scale.isFinite else { throw PlotError.invalidData("PNG scale must be positive, got \(scale)") }
        let w = Int((width * scale).rounded())
        let h = Int((height * scale).rounded())
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h)) else {
            throw PlotError.cairo("cannot create a \(w)×\(h) image")
        }
        let canvas = Canvas(surface: surface)
        cairo_scale(canvas.cr, scale, scale)
        try render(on: canvas)
        cairo_surface_flush(surface)
        let sink = ByteSink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(surface, appendToSink, Unmanaged.passUnretained(sink).toOpaque())
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PlotError.cairo(String(cString: cairo_status_to_string(status)))
        }
        return sink.bytes
    }

    /// The figure as PDF. The creation date is pinned so the bytes are deterministic.
    public func pdf() throws -> [UInt8] {
        try renderToStream { write, sink in
            let surface = cairo_pdf_surface_create_for_stream(write, sink, width, height)
            if let surface {
                cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2023-12-05T00:00:00Z")
            }
            return surface
        }
    }

    /// The figure encoded in `format` (PNG at the default scale).
    public func encoded(as format: OutputFormat) throws -> [UInt8] {
        switch format {
        case .png: try png()
        case .svg: try svg()
        case .pdf: try pdf()
        }
    }

    /// Writes the figure to `path` atomically (`AtomicFile`): on failure or interruption no
    /// file is left behind.
    public func write(to path: String, format: OutputFormat) throws {
        try AtomicFile.write(try encoded(as: format), to: path)
    }

    /// Renders into a vector surface that streams into memory, then finishes it.
    private func renderToStream(_ make: (cairo_write_func_t, UnsafeMutableRawPointer) -> OpaquePointer?) throws
        -> [UInt8]
    {
        let sink = ByteSink()
        try withExtendedLifetime(sink) {
            guard let surface = make(appendToSink, Unmanaged.passUnretained(sink).toOpaque()) else {
                throw PlotError.cairo("cannot create a vector surface")
            }
            let canvas = Canvas(surface: surface)
            try render(on: canvas)
            cairo_surface_finish(surface)
            try canvas.checkStatus()
        }
        return sink.bytes
    }
}

/// Renumbers the ids that cairo takes from process-wide counters (`surfaceN` for groups,
/// `imageN` for embedded rasters, `patternN` for paints) in order of first appearance,
/// each kind counted separately.
///
/// A plain byte scan rather than a regular expression: an SVG with an embedded raster is
/// hundreds of kilobytes, and every figure test renders dozens of them.
func canonicalSVG(_ svg: String) -> String {
    let kinds: [[UInt8]] = ["surface", "image", "pattern"].map { Array($0.utf8) }
    let firstBytes = kinds.map { $0[0] }
    var numbers: [[UInt8]: [ArraySlice<UInt8>: Int]] = [:]
    let bytes = Array(svg.utf8)
    var out = [UInt8]()
    out.reserveCapacity(bytes.count)
    bytes.withUnsafeBufferPointer { b in
        var copied = 0
        var i = 0
        while i < b.count {
            let byte = b[i]
            guard byte == firstBytes[0] || byte == firstBytes[1] || byte == firstBytes[2],
                let kind = kinds.first(where: { i + $0.count <= b.count && b[i..<(i + $0.count)].elementsEqual($0) })
            else {
                i += 1
                continue
            }
            let digits = i + kind.count
            var end = digits
            while end < b.count, b[end] >= UInt8(ascii: "0") && b[end] <= UInt8(ascii: "9") { end += 1 }
            guard end > digits else {
                i = digits
                continue
            }
            out.append(contentsOf: b[copied..<digits])
            let key = bytes[digits..<end]
            let n = numbers[kind]?[key] ?? (numbers[kind]?.count ?? 0) + 1
            numbers[kind, default: [:]][key] = n
            out.append(contentsOf: String(n).utf8)
            copied = end
            i = end
        }
        out.append(contentsOf: b[copied...])
    }
    return String(decoding: out, as: UTF8.self)
}

/// Collects the bytes cairo writes to a stream.
final class ByteSink {
    var bytes: [UInt8] = []
}

/// The C callback for cairo's stream surfaces; `closure` is an unretained `ByteSink`.
func appendToSink(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: UInt32)
    -> cairo_status_t
{
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        .bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}
