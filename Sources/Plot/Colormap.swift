/// A continuous colour map: evenly spaced colour stops, linearly interpolated.
public struct Colormap: Sendable, Hashable {
    /// The stops, from the colour at t = 0 to the colour at t = 1.
    public let stops: [Color]

    /// A map through `stops` (at least one), spaced evenly over 0…1.
    public init(stops: [Color]) {
        precondition(!stops.isEmpty, "a colormap needs at least one colour")
        self.stops = stops
    }

    /// The colour at `t`, clamped to 0…1. Stop `k` of `n` sits exactly at `t = k/(n-1)`.
    public func color(at t: Double) -> Color {
        guard stops.count > 1 else { return stops[0] }
        let clamped = t.isNaN ? 0 : min(1, max(0, t))
        let position = clamped * Double(stops.count - 1)
        let lower = min(Int(position), stops.count - 2)
        return stops[lower].mixed(with: stops[lower + 1], position - Double(lower))
    }

    /// The same map run from the other end.
    public var reversed: Colormap { Colormap(stops: stops.reversed()) }
}

extension Colormap {
    /// The book's loss-surface map: dark brown (low) to cream (high), 256 entries.
    public static let udlLoss = Colormap(stops: udlLossHex.map { Color(hex: $0) })
    /// Black to white, for images.
    public static let gray = Colormap(stops: [.black, .white])
    /// Blue through white to red, for signed quantities centred on zero.
    public static let diverging = Colormap(stops: [
        Color(rgb: 0x3b4cc0), Color(rgb: 0x8db0fe), Color(rgb: 0xf2f2f2), Color(rgb: 0xf49a7b), Color(rgb: 0xb40426),
    ])
    /// A perceptually ordered dark-blue → green → yellow map in the spirit of viridis.
    public static let viridis = Colormap(stops: [
        Color(rgb: 0x440154), Color(rgb: 0x482878), Color(rgb: 0x3e4989), Color(rgb: 0x31688e),
        Color(rgb: 0x26828e), Color(rgb: 0x1f9e89), Color(rgb: 0x35b779), Color(rgb: 0x6ece58),
        Color(rgb: 0xb5de2b), Color(rgb: 0xfde725),
    ])
}
