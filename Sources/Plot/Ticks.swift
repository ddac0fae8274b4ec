import Foundation

/// Tick positions and tick labels.
public enum Ticks {
    /// "Nice" ticks inside `range`: multiples of the smallest step of the form
    /// 1, 2, 2.5 or 5 × 10^k that gives at most about `target` intervals.
    public static func nice(in range: ClosedRange<Double>, target: Int = 5) -> [Double] {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite else { return [range.lowerBound] }
        let step = niceStep(span / Double(max(1, target)))
        let tolerance = step * 1e-9
        let first = (range.lowerBound / step - 1e-9).rounded(.up)
        // Rounding each tick to the step's decimals turns 3 × 0.2 = 0.6000000000000001 into 0.6.
        let unit = pow10(decimals(forStep: step))
        var ticks: [Double] = []
        var k = first
        while k * step <= range.upperBound + tolerance {
            let v = (k * step * unit).rounded() / unit
            ticks.append(v == 0 ? 0 : v)
            k += 1
        }
        return ticks
    }

    /// The smallest step of the form {1, 2, 2.5, 5} × 10^k that is at least `raw`.
    public static func niceStep(_ raw: Double) -> Double {
        let magnitude = pow10(Int((log10(raw)).rounded(.down)))
        for m in [1.0, 2, 2.5, 5, 10] where m * magnitude >= raw * (1 - 1e-12) {
            return m * magnitude
        }
        return 10 * magnitude
    }

    /// Powers of ten inside `range` (which must be positive) for a logarithmic axis.
    /// Wide ranges skip decades so that there are at most about ten ticks, keeping
    /// exponents that are multiples of the skip (10^0, 10^10, 10^20 …).
    public static func decades(in range: ClosedRange<Double>) -> [Double] {
        guard range.lowerBound > 0 else { return [] }
        let lo = Int((log10(range.lowerBound) - 1e-9).rounded(.up))
        let hi = Int((log10(range.upperBound) + 1e-9).rounded(.down))
        guard hi >= lo else { return [] }
        let stride = [1, 2, 5, 10, 20, 50, 100, 200, 500].first { (hi - lo) / $0 <= 9 } ?? (hi - lo) / 9 + 1
        let first = Int((Double(lo) / Double(stride)).rounded(.up)) * stride
        return Swift.stride(from: first, through: hi, by: stride).map { pow10($0) }
    }

    /// Decimal places needed to print every multiple of `step` exactly (0 for steps ≥ 1).
    public static func decimals(forStep step: Double) -> Int {
        var d = 0
        while d < 12 {
            let scaled = step * pow10(d)
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { break }
            d += 1
        }
        return d
    }

    /// `value` printed with `decimals` places, with a real minus sign (−) for negatives.
    public static func format(_ value: Double, decimals: Int) -> String {
        let scaled = (abs(value) * pow10(decimals)).rounded()
        var digits = String(Int64(scaled))
        if decimals > 0 {
            if digits.count <= decimals {
                digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return value < 0 && scaled != 0 ? "−" + digits : digits
    }

    /// Labels for linear ticks: every label uses the same number of decimals.
    public static func labels(_ ticks: [Double]) -> [String] {
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        let d = decimals(forStep: step)
        return ticks.map { format($0, decimals: d) }
    }

    /// A label for a power of ten in the plot markup, e.g. `"10^{3}"`.
    public static func powerLabel(_ value: Double) -> String {
        let exponent = Int(log10(value).rounded())
        return "10^{\(exponent < 0 ? "−" : "")\(abs(exponent))}"
    }

    /// 10^k, parsed from its decimal form so that it is the double nearest the exact power.
    static func pow10(_ k: Int) -> Double {
        Double("1e\(k)")!
    }
}
