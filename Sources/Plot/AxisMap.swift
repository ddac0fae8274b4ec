import Foundation

/// Maps data values along one axis to device coordinates, linearly or logarithmically.
struct AxisMap {
    var lower: Double
    var upper: Double
    var scale: Scale
    /// Device coordinates of `lower` and `upper` (swapped for an inverted axis).
    var start: Double
    var end: Double

    private func forward(_ v: Double) -> Double { scale == .log ? log10(v) : v }

    /// The fraction 0…1 of the way from `lower` to `upper`.
    func fraction(_ v: Double) -> Double {
        (forward(v) - forward(lower)) / (forward(upper) - forward(lower))
    }

    func map(_ v: Double) -> Double { start + (end - start) * fraction(v) }

    func unmap(_ p: Double) -> Double {
        let t = (p - start) / (end - start)
        let v = forward(lower) + t * (forward(upper) - forward(lower))
        return scale == .log ? pow(10, v) : v
    }

    /// Whether `v` can be placed on this axis at all (finite, and positive on a log axis).
    func accepts(_ v: Double) -> Bool { v.isFinite && (scale == .linear || v > 0) }
}

/// The resolved limits, ticks and tick labels of one axis.
struct AxisSetup {
    var limits: ClosedRange<Double>
    var scale: Scale
    var ticks: [Double]
    var labels: [String]

    /// Resolves an axis from explicit settings or from the data extent of the items.
    init(
        name: String, limits explicit: ClosedRange<Double>?, scale: Scale, ticks customTicks: [Double]?,
        labels customLabels: [String]?, extents: [ClosedRange<Double>], padded: Bool
    ) throws {
        self.scale = scale
        var limits: ClosedRange<Double>
        if let explicit {
            limits = explicit
        } else if let lo = extents.map(\.lowerBound).min(), let hi = extents.map(\.upperBound).max() {
            limits = lo...hi
            if padded { limits = AxisSetup.pad(limits, scale: scale) }
        } else {
            limits = scale == .log ? 1...10 : 0...1
        }
        if limits.lowerBound == limits.upperBound {
            let v = limits.lowerBound
            limits = scale == .log ? (v / 10)...(v * 10) : (v - 0.5)...(v + 0.5)
        }
        guard limits.lowerBound.isFinite, limits.upperBound.isFinite else {
            throw PlotError.invalidData("\(name) limits \(limits) are not finite")
        }
        if scale == .log, limits.lowerBound <= 0 {
            throw PlotError.invalidData("\(name) limits \(limits) must be positive on a log scale")
        }
        self.limits = limits

        if let customTicks {
            ticks = customTicks.filter { limits.contains($0) }
            if let customLabels, customLabels.count == customTicks.count {
                labels = zip(customTicks, customLabels).filter { limits.contains($0.0) }.map(\.1)
            } else {
                labels = Ticks.labels(ticks)
            }
        } else if scale == .log, case let decades = Ticks.decades(in: limits), decades.count >= 2 {
            ticks = decades
            labels = decades.map(Ticks.powerLabel)
        } else {
            ticks = Ticks.nice(in: limits)
            labels = Ticks.labels(ticks)
        }
    }

    /// Widens a data range by 5 % on each side (multiplicatively on a log axis).
    static func pad(_ r: ClosedRange<Double>, scale: Scale) -> ClosedRange<Double> {
        if scale == .log, r.lowerBound > 0 {
            let f = pow(r.upperBound / r.lowerBound, 0.05)
            return (r.lowerBound / f)...(r.upperBound * f)
        }
        let d = (r.upperBound - r.lowerBound) * 0.05
        return (r.lowerBound - d)...(r.upperBound + d)
    }
}
