import CCairo
import Foundation

/// Markup text measured with a font size: where each run goes relative to the start of
/// the baseline, and the box the text occupies.
struct TextLayout {
    struct PlacedRun {
        var text: String
        var size: Double
        var x: Double
        /// Downward shift of the run's baseline.
        var rise: Double
    }

    var runs: [PlacedRun] = []
    var width: Double = 0
    /// Height above the baseline (capital height, raised by superscripts).
    var ascent: Double
    /// Depth below the baseline (descenders, lowered by subscripts).
    var descent: Double
    /// The capital height of the base font, used to centre text vertically.
    var capHeight: Double
    var height: Double { ascent + descent }

    /// Scale of each script level relative to its parent.
    static let scriptScale = 0.7

    init(_ source: String, size: Double, cr: OpaquePointer) {
        capHeight = 0.73 * size
        ascent = capHeight
        descent = 0.22 * size
        var x = 0.0
        for run in Markup.parse(source) {
            let runSize = size * pow(TextLayout.scriptScale, Double(run.depth))
            let parentSize = runSize / TextLayout.scriptScale
            let rise: Double =
                switch run.position {
                case .base: 0
                case .sub: 0.22 * parentSize
                case .sup: -0.42 * parentSize
                }
            cairo_set_font_size(cr, runSize)
            var extents = cairo_text_extents_t()
            cairo_text_extents(cr, run.text, &extents)
            runs.append(PlacedRun(text: run.text, size: runSize, x: x, rise: rise))
            x += extents.x_advance
            ascent = max(ascent, 0.73 * runSize - rise)
            descent = max(descent, 0.22 * runSize + rise)
        }
        width = x
    }

    /// The baseline origin that puts the anchor point of the text box at (0, 0).
    func origin(for anchor: Anchor) -> (x: Double, y: Double) {
        let f = anchor.fractions
        let y: Double =
            switch f.y {
            case 0: ascent
            case 1: -descent
            default: capHeight / 2
            }
        return (-width * f.x, y)
    }
}

extension Canvas {
    func layout(_ text: String, size: Double) -> TextLayout { TextLayout(text, size: size, cr: cr) }

    /// Draws markup text with its anchor point at (x, y), rotated by `angle` radians
    /// (positive turns clockwise on screen, so −π/2 reads bottom to top).
    func text(
        _ text: String, _ x: Double, _ y: Double, size: Double, anchor: Anchor = .center,
        angle: Double = 0, color: Color = .black
    ) {
        let layout = layout(text, size: size)
        let origin = layout.origin(for: anchor)
        save()
        cairo_translate(cr, x, y)
        if angle != 0 { cairo_rotate(cr, angle) }
        setColor(color)
        for run in layout.runs {
            cairo_set_font_size(cr, run.size)
            move(origin.x + run.x, origin.y + run.rise)
            cairo_show_text(cr, run.text)
        }
        newPath()
        restore()
    }
}

extension Markup {
    /// The width in points of `text` drawn at `size` in the figure font.
    public static func width(of text: String, size: Double) -> Double {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1) else { return 0 }
        let canvas = Canvas(surface: surface)
        return canvas.layout(text, size: size).width
    }
}
