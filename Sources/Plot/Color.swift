/// An RGBA colour with components in 0…1 (not premultiplied).
public struct Color: Sendable, Hashable {
    public var r: Double
    public var g: Double
    public var b: Double
    public var a: Double

    public init(_ r: Double, _ g: Double, _ b: Double, _ a: Double = 1) {
        self.r = r; self.g = g; self.b = b; self.a = a
    }

    /// A colour from a 24-bit integer such as `0xd18362`.
    public init(rgb: UInt32, alpha: Double = 1) {
        self.init(
            Double((rgb >> 16) & 0xff) / 255, Double((rgb >> 8) & 0xff) / 255,
            Double(rgb & 0xff) / 255, alpha)
    }

    /// A colour from a hex literal: `"d18362"`, `"#d18362"` or, with alpha, `"80808080"`.
    /// Meant for literals in chapter code, so a malformed string is a programming error and traps.
    public init(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6 || digits.count == 8, let value = UInt32(digits, radix: 16) else {
            preconditionFailure("Color(hex:) needs 6 or 8 hex digits, got \"\(hex)\"")
        }
        if digits.count == 6 {
            self.init(rgb: value)
        } else {
            self.init(rgb: value >> 8, alpha: Double(value & 0xff) / 255)
        }
    }

    /// The same colour with a different opacity.
    public func withAlpha(_ alpha: Double) -> Color { Color(r, g, b, alpha) }

    /// Linear interpolation between two colours, `t` = 0 gives `self`.
    public func mixed(with other: Color, _ t: Double) -> Color {
        Color(r + (other.r - r) * t, g + (other.g - g) * t, b + (other.b - b) * t, a + (other.a - a) * t)
    }

    /// Multiplies the RGB components by `factor` (for shading), keeping alpha.
    func scaled(_ factor: Double) -> Color {
        Color(min(1, r * factor), min(1, g * factor), min(1, b * factor), a)
    }
}

extension Color {
    /// Data points in the book (#d18362).
    public static let bookOrange = Color(rgb: 0xd18362)
    /// Fitted model curves in the book (#7fe7de).
    public static let bookCyan = Color(rgb: 0x7fe7de)
    /// The best fit and the minimum it sits at, which the book's captions call green (#2ca25f).
    public static let bestGreen = Color(rgb: 0x2ca25f)
    /// Optimisation paths drawn over loss surfaces (#a0d9d3).
    public static let pathTeal = Color(rgb: 0xa0d9d3)
    /// `count` colours for the successive positions of a descent (figures 2.4 and 6.1), from the path teal
    /// to a dark navy (#08306b) in equal steps, so that neighbouring positions stay apart.
    public static func pathShades(_ count: Int) -> [Color] {
        (0..<count).map { pathTeal.mixed(with: Color(rgb: 0x08306b), count > 1 ? Double($0) / Double(count - 1) : 0) }
    }
    /// The half-transparent gray of contour lines on loss surfaces (#80808080).
    public static let contourGray = Color(rgb: 0x808080, alpha: 0.5)
    /// The light gray used for uncertainty bands.
    public static let lightGray = Color(rgb: 0xd3d3d3)

    public static let black = Color(0, 0, 0)
    public static let white = Color(1, 1, 1)
    public static let gray = Color(rgb: 0x808080)
    public static let red = Color(rgb: 0xd62728)
    public static let green = Color(rgb: 0x2ca02c)
    public static let blue = Color(rgb: 0x1f77b4)
    public static let clear = Color(0, 0, 0, 0)

    /// Distinct colours for several series in one panel, in order of use.
    public static let series: [Color] = [
        .blue, Color(rgb: 0xff7f0e), .green, .red, Color(rgb: 0x9467bd),
        Color(rgb: 0x8c564b), Color(rgb: 0xe377c2), Color(rgb: 0x17becf),
    ]
}
