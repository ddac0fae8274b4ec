/// The one-dimensional Gaussian smoothing MNIST-1D applies to its correlated noise:
/// `scipy.ndimage.gaussian_filter(x, sigma: 2)` with the default truncation (radius 8) and
/// the default `"reflect"` boundary (`d c b a | a b c d | d c b a`, the edge value repeated).
enum GaussianFilter {
    static let radius = 8

    /// The kernel weights at distance 0…8, `exp(−k²/8) / Σ_{j=−8…8} exp(−j²/8)`.
    ///
    /// They are literals, the values scipy 1.17 computes with numpy 2.4's vectorised `exp`,
    /// because that `exp` and the C library's disagree in the last bit for some `k`; the
    /// literals keep the filter bit-compatible with the Python reference on every platform.
    static let weights: [Double] = [
        0.199474647864745, 0.17603575888479034, 0.12098748976534904, 0.06475993660472744,
        0.026995957967298846, 0.00876430436278587, 0.002215963172596555, 0.0004363490205067883,
        6.691628957263553e-05,
    ]

    /// Smooths `values`, summing in scipy's order for symmetric kernels:
    /// `x[i]·w0`, then `(x[i−k] + x[i+k])·wk` added for k = 8 down to 1.
    static func smooth(_ values: [Double]) -> [Double] {
        let n = values.count
        guard n > 0 else { return [] }
        let padded = (0..<(n + 2 * radius)).map { values[reflect($0 - radius, count: n)] }
        return (0..<n).map { i in
            let center = i + radius
            var total = padded[center] * weights[0]
            for k in stride(from: radius, through: 1, by: -1) {
                total += (padded[center - k] + padded[center + k]) * weights[k]
            }
            return total
        }
    }

    /// The index `"reflect"` mode reads for a position outside `0..<count`.
    static func reflect(_ index: Int, count: Int) -> Int {
        let period = 2 * count
        var i = index % period
        if i < 0 { i += period }
        return i < count ? i : period - 1 - i
    }
}
