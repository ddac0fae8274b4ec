/// Why a figure could not be rendered (writing fails with `FileOutputError`).
public enum PlotError: Error, CustomStringConvertible, Equatable {
    /// The figure's data is inconsistent (mismatched lengths, bad limits, too few grid points…).
    case invalidData(String)
    /// Cairo reported a failure.
    case cairo(String)
    /// The fonts a raster needs are not installed (``FontFile/dejaVuCore(in:)``).
    case missingFonts(String)

    public var description: String {
        switch self {
        case .invalidData(let message): "invalid plot data: \(message)"
        case .cairo(let message): "cairo error: \(message)"
        case .missingFonts(let message): "missing fonts: \(message)"
        }
    }
}
