import CCairo
import Foundation
import Synchronization

/// A font file on disk, loaded by path so that a face is exactly the file named, never a
/// substitute fontconfig picks when the font is missing.
public struct FontFile: Sendable, Hashable {
    /// The face's name for people ("DejaVu Sans Bold").
    public var name: String
    public var path: String

    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }

    /// The six faces Debian's `fonts-dejavu-core` ships (Sans, Sans Mono and Serif, each regular
    /// and bold), found in the first of `directories` that holds them all.
    public static func dejaVuCore(
        in directories: [String] = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"]
    ) throws -> [FontFile] {
        let faces = [
            ("DejaVu Sans", "DejaVuSans.ttf"), ("DejaVu Sans Bold", "DejaVuSans-Bold.ttf"),
            ("DejaVu Sans Mono", "DejaVuSansMono.ttf"), ("DejaVu Sans Mono Bold", "DejaVuSansMono-Bold.ttf"),
            ("DejaVu Serif", "DejaVuSerif.ttf"), ("DejaVu Serif Bold", "DejaVuSerif-Bold.ttf"),
        ]
        for directory in directories {
            let files = faces.map { FontFile(name: $0.0, path: directory + "/" + $0.1) }
            if files.allSatisfy({ FileManager.default.isReadableFile(atPath: $0.path) }) { return files }
        }
        throw PlotError.missingFonts(
            "the DejaVu fonts (\(faces.map(\.1).joined(separator: ", "))) are not in "
                + directories.joined(separator: " or ") + "; install fonts-dejavu-core (scripts/setup)")
    }
}

/// Draws text into small grayscale rasters: a glyph in a chosen face, centred by its ink box on
/// the raster's centre and placed by an affine map, filled and optionally outlined with a pen that
/// thickens its strokes. Cairo renders with anti-aliasing into an 8-bit alpha surface, so every
/// pixel holds the share of it the ink covers, 0…1.
///
/// Faces are loaded once through FreeType and kept for the rasterizer's life. One rasterizer is
/// for one thread at a time.
public final class GlyphRasterizer {
    public let fonts: [FontFile]
    private let faces: [OpaquePointer]

    /// Loads `fonts`; a file FreeType cannot open is an error naming it.
    public init(fonts: [FontFile]) throws {
        var faces: [OpaquePointer] = []
        for font in fonts {
            guard let face = FreeType.shared.face(path: font.path) else {
                for made in faces { cairo_font_face_destroy(made) }
                throw PlotError.missingFonts("\(font.path): not a font file FreeType can open")
            }
            faces.append(face)
        }
        self.fonts = fonts
        self.faces = faces
    }

    deinit { for face in faces { cairo_font_face_destroy(face) } }

    /// `text` in face `face` at `size` pixels per em, in a `height × width` raster, row by row.
    /// The ink box's centre goes to the raster's centre; then, about that point, the glyph is
    /// scaled by `scale`, sheared by `shear` (x += shear·y) and rotated by `rotation` radians
    /// (counter-clockwise on screen). A `strokeWidth` above 0 also strokes the outline with a pen
    /// that wide.
    public func render(
        _ text: String, face: Int, size: Double, height: Int, width: Int, rotation: Double = 0, scale: Double = 1,
        shear: Double = 0, strokeWidth: Double = 0
    ) throws -> [Double] {
        precondition(faces.indices.contains(face), "No face \(face) among \(faces.count)")
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_A8, Int32(width), Int32(height)) else {
            throw PlotError.cairo("cannot create a \(width)×\(height) raster")
        }
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)
        defer { cairo_destroy(cr) }
        cairo_set_font_face(cr, faces[face])
        cairo_set_font_size(cr, size)
        var extents = cairo_text_extents_t()
        cairo_text_extents(cr, text, &extents)
        let centre = (x: extents.x_bearing + extents.width / 2, y: extents.y_bearing + extents.height / 2)
        cairo_translate(cr, Double(width) / 2, Double(height) / 2)
        cairo_rotate(cr, -rotation)
        var shearing = cairo_matrix_t(xx: 1, yx: 0, xy: shear, yy: 1, x0: 0, y0: 0)
        cairo_transform(cr, &shearing)
        cairo_scale(cr, scale, scale)
        cairo_move_to(cr, -centre.x, -centre.y)
        cairo_text_path(cr, text)
        cairo_set_source_rgba(cr, 0, 0, 0, 1)
        if strokeWidth > 0 {
            cairo_fill_preserve(cr)
            cairo_identity_matrix(cr)
            cairo_set_line_width(cr, strokeWidth)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            cairo_stroke(cr)
        } else {
            cairo_fill(cr)
        }
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PlotError.cairo(String(cString: cairo_status_to_string(status)))
        }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { throw PlotError.cairo("the raster has no data") }
        var out = [Double](repeating: 0, count: height * width)
        for row in 0..<height {
            for column in 0..<width { out[row * width + column] = Double(data[row * stride + column]) / 255 }
        }
        return out
    }
}

/// The process's FreeType library, from which every ``GlyphRasterizer`` loads its faces (FreeType
/// wants one library per thread at a time; the mutex sees to that while faces are opened).
private final class FreeType: Sendable {
    static let shared = FreeType()
    private let library: Mutex<OpaquePointer?>

    private init() {
        var handle: OpaquePointer?
        library = Mutex(FT_Init_FreeType(&handle) == 0 ? handle : nil)
    }

    /// A cairo font face for the file at `path`, which releases its FreeType face when cairo is
    /// done with it; `nil` when FreeType cannot open the file.
    func face(path: String) -> OpaquePointer? {
        library.withLock { library -> OpaquePointer? in
            guard let library else { return nil }
            var face: FT_Face?
            guard FT_New_Face(library, path, 0, &face) == 0, let face else { return nil }
            guard let cairoFace = cairo_ft_font_face_create_for_ft_face(face, 0) else {
                FT_Done_Face(face)
                return nil
            }
            let status = cairo_font_face_set_user_data(cairoFace, &FreeType.key, UnsafeMutableRawPointer(face)) {
                _ = FT_Done_Face($0?.assumingMemoryBound(to: FT_FaceRec_.self))
            }
            guard status == CAIRO_STATUS_SUCCESS else {
                cairo_font_face_destroy(cairoFace)
                FT_Done_Face(face)
                return nil
            }
            return cairoFace
        }
    }

    /// The address cairo keys the face's release callback by.
    nonisolated(unsafe) private static var key = cairo_user_data_key_t()
}
