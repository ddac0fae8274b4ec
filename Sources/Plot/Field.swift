/// A point in data coordinates.
public struct Point: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
}

/// A scalar function sampled on a rectangular grid: `values[j * xs.count + i] = f(xs[i], ys[j])`.
/// The grid coordinates must be increasing; the renderers assume they are evenly spaced.
public struct Field: Sendable {
    public var xs: [Double]
    public var ys: [Double]
    public var values: [Double]

    /// A field from already computed, row-major values (checked when the figure is rendered).
    public init(xs: [Double], ys: [Double], values: [Double]) {
        self.xs = xs; self.ys = ys; self.values = values
    }

    /// Samples `f` at every grid point.
    public init(xs: [Double], ys: [Double], _ f: (Double, Double) -> Double) {
        var values = [Double]()
        values.reserveCapacity(xs.count * ys.count)
        for y in ys { for x in xs { values.append(f(x, y)) } }
        self.init(xs: xs, ys: ys, values: values)
    }

    public var nx: Int { xs.count }
    public var ny: Int { ys.count }

    /// The value at grid point (i, j).
    public subscript(i: Int, j: Int) -> Double { values[j * xs.count + i] }

    /// The smallest and largest finite values, or nil when there are none.
    public var valueRange: ClosedRange<Double>? {
        var lo = Double.infinity
        var hi = -Double.infinity
        for v in values where v.isFinite { lo = min(lo, v); hi = max(hi, v) }
        return lo <= hi ? lo...hi : nil
    }

    /// Throws unless the grid has at least 2×2 points and one value per point.
    func validate(_ what: String) throws {
        guard xs.count >= 2, ys.count >= 2 else {
            throw PlotError.invalidData("\(what): a field needs at least 2×2 grid points, got \(xs.count)×\(ys.count)")
        }
        guard values.count == xs.count * ys.count else {
            throw PlotError.invalidData("\(what): field has \(values.count) values for a \(xs.count)×\(ys.count) grid")
        }
    }

    /// The field on the grid `x` × `y`, row by row (`y` outer): interpolated bilinearly within the
    /// grid, or with `nearest` the value of the nearest grid point up to half a cell outside it;
    /// NaN beyond. Assumes evenly spaced axes. Each column's and each row's cell is found once.
    func sampled(x: [Double], y: [Double], nearest: Bool) -> [Double] {
        var out = [Double](repeating: .nan, count: x.count * y.count)
        if nearest {
            let columns = x.map { Field.nearestIndex(xs, $0) }
            for (row, j) in y.map({ Field.nearestIndex(ys, $0) }).enumerated() {
                guard let j else { continue }
                for (column, i) in columns.enumerated() {
                    if let i { out[row * x.count + column] = self[i, j] }
                }
            }
            return out
        }
        let columns = x.map { Field.cell(xs, $0) }
        for (row, cell) in y.map({ Field.cell(ys, $0) }).enumerated() {
            guard let (j, fy) = cell else { continue }
            for (column, cell) in columns.enumerated() {
                guard let (i, fx) = cell else { continue }
                let v00 = self[i, j]
                let v10 = self[i + 1, j]
                let v01 = self[i, j + 1]
                let v11 = self[i + 1, j + 1]
                out[row * x.count + column] = (v00 * (1 - fx) + v10 * fx) * (1 - fy) + (v01 * (1 - fx) + v11 * fx) * fy
            }
        }
        return out
    }

    private static func cell(_ axis: [Double], _ v: Double) -> (Int, Double)? {
        let first = axis[0]
        let last = axis[axis.count - 1]
        guard v >= first, v <= last else { return nil }
        let position = (v - first) / (last - first) * Double(axis.count - 1)
        let i = min(Int(position), axis.count - 2)
        return (i, position - Double(i))
    }

    private static func nearestIndex(_ axis: [Double], _ v: Double) -> Int? {
        let first = axis[0]
        let last = axis[axis.count - 1]
        let step = (last - first) / Double(axis.count - 1)
        let position = ((v - first) / step).rounded()
        guard position >= 0, position <= Double(axis.count - 1) else { return nil }
        return Int(position)
    }
}

extension Field {
    /// `count` evenly spaced levels strictly inside the field's value range (never touching
    /// the minimum or maximum, where a contour would degenerate to a point).
    public func evenLevels(_ count: Int) -> [Double] {
        guard let range = valueRange, count > 0 else { return [] }
        let step = (range.upperBound - range.lowerBound) / Double(count + 1)
        return (1...count).map { range.lowerBound + Double($0) * step }
    }
}
