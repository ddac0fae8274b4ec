/// `count` evenly spaced numbers from `start` to `stop`, both included, computed as NumPy's
/// `np.linspace` does: `i · step + start` with `step = (stop − start)/(count − 1)`, and the
/// last point set to `stop` exactly. Bit for bit the same as NumPy, so MNIST-1D and the
/// notebooks' grids reproduce exactly.
public func linspace(_ start: Double, _ stop: Double, _ count: Int) -> [Double] {
    guard count > 1 else { return count == 1 ? [start] : [] }
    let step = (stop - start) / Double(count - 1)
    var points = (0..<count).map { Double($0) * step + start }
    points[count - 1] = stop
    return points
}

/// `count` evenly spaced numbers over `range`, both ends included (`linspace` over its bounds).
public func linspace(_ range: ClosedRange<Double>, _ count: Int) -> [Double] {
    linspace(range.lowerBound, range.upperBound, count)
}
