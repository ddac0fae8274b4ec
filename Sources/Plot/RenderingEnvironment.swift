import CCairo

/// What, besides the code, decides the bytes of a rendered figure: cairo's version and the
/// outlines the installed DejaVu Sans gives. Committed figures are compared with today's renders
/// only where this matches the machine that drew them (Debian 12's cairo 1.16 and
/// fonts-dejavu-core 2.37); elsewhere glyph outlines and anti-aliasing differ for reasons that
/// have nothing to do with the code.
public enum RenderingEnvironment {
    /// The environment the project's committed figures and golden files were drawn in:
    /// Debian 12 with the packages `.ci/run` installs.
    public static let reference = "cairo 1.16.0, DejaVu Sans glyphs 252726fd98cbacf9"

    /// Whether this machine draws as the reference does.
    public static var isReference: Bool { fingerprint == reference }

    /// One line saying why committed renders are not compared on this machine.
    public static var mismatch: String {
        "committed figures were drawn with \(reference); this machine has \(fingerprint), so they are not compared here"
    }

    /// cairo's version and a digest of the SVG that cairo alone (none of Plot's code) writes
    /// for a line of sample text, Greek letters and digits included.
    public static var fingerprint: String {
        "cairo \(String(cString: cairo_version_string())), DejaVu Sans glyphs \(glyphDigest)"
    }

    private static var glyphDigest: String {
        let sink = ByteSink()
        withExtendedLifetime(sink) {
            guard
                let surface = cairo_svg_surface_create_for_stream(
                    appendToSink, Unmanaged.passUnretained(sink).toOpaque(), 400, 40)
            else { return }
            let cr = cairo_create(surface)
            cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
            cairo_set_font_size(cr, 13)
            cairo_move_to(cr, 4, 24)
            cairo_show_text(cr, "Ag φσθ 0123456789 −ŷ")
            cairo_destroy(cr)
            cairo_surface_finish(surface)
            cairo_surface_destroy(surface)
        }
        // Surface ids count surfaces across the process; renumber them before hashing.
        let svg = canonicalSVG(String(decoding: sink.bytes, as: UTF8.self))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // 64-bit FNV-1a
        for byte in svg.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }
}
