/// Why a figure could not be rendered or written.
public enum PlotError: Error, CustomStringConvertible, Equatable {
    /// The figure's data is inconsistent (mismatched lengths, bad limits, too few grid points…).
    case invalidData(String)
    /// Cairo reported a failure.
    case cairo(String)
    /// Writing the output file failed.
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidData(let message): "invalid plot data: \(message)"
        case .cairo(let message): "cairo error: \(message)"
        case .io(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
