extension Matrix {
    /// The sum of each row: a vector with `rows` entries.
    ///
    /// With examples in columns this sums a per-example quantity over the batch,
    /// e.g. `∂L/∂β_k = Σ_i ∂ℓ_i/∂f_k` (eqs. 7.24 and 6.6).
    public func rowSums() -> [Double] {
        var sums = [Double](repeating: 0, count: rows)
        data.withUnsafeBufferPointer { d in
            for i in 0..<rows {
                var s = 0.0
                for j in 0..<cols { s += d[i * cols + j] }
                sums[i] = s
            }
        }
        return sums
    }

    /// The sum of each column: a vector with `cols` entries (one per example).
    public func columnSums() -> [Double] {
        var sums = [Double](repeating: 0, count: cols)
        data.withUnsafeBufferPointer { d in
            for i in 0..<rows {
                for j in 0..<cols { sums[j] += d[i * cols + j] }
            }
        }
        return sums
    }

    /// This matrix with the column vector `v` added to every column: the bias
    /// broadcast `β_k + Ω_k h_k` of eq. 4.15 applied to a whole batch.
    public func addingToEachColumn(_ v: [Double]) -> Matrix {
        var result = self
        result.addToEachColumn(v)
        return result
    }

    /// In place version of `addingToEachColumn(_:)`.
    public mutating func addToEachColumn(_ v: [Double]) {
        precondition(v.count == rows, "Column vector has \(v.count) entries, matrix has \(rows) rows")
        let cols = cols
        data.withUnsafeMutableBufferPointer { d in
            for i in 0..<v.count {
                let b = v[i]
                for j in 0..<cols { d[i * cols + j] += b }
            }
        }
    }
}
