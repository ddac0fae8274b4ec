/// The linear interpolation MNIST-1D uses (scipy's `interp1d(kind="linear")`,
/// which hands one-dimensional float64 data to `np.interp`).
enum LinearInterpolation {
    /// `np.interp(newX, x, y)` for increasing `x` and `newX` inside `[x.first, x.last]`:
    /// with `x[j] ≤ t < x[j+1]`, the value is `slope · (t − x[j]) + y[j]`; a point that
    /// hits `x[j]` exactly (or the last knot) returns `y[j]` unchanged.
    static func interp(_ newX: [Double], _ x: [Double], _ y: [Double]) -> [Double] {
        precondition(x.count == y.count && x.count >= 2, "interp needs matching knots")
        var j = 0
        return newX.map { t in
            while j + 1 < x.count && x[j + 1] <= t { j += 1 }
            if j == x.count - 1 || x[j] == t { return y[j] }
            let slope = (y[j + 1] - y[j]) / (x[j + 1] - x[j])
            return slope * (t - x[j]) + y[j]
        }
    }

    /// Resamples `values` (taken as evenly spaced on [0, 1]) at `count` evenly spaced points,
    /// as MNIST-1D's `interpolate(x, N)`.
    static func resample(_ values: [Double], to count: Int) -> [Double] {
        interp(linspace(0, 1, count), linspace(0, 1, values.count), values)
    }
}
