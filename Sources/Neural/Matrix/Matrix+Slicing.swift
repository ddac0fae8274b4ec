extension Matrix {
    /// The transpose `Aᵀ` (a copy; products can avoid it with `multiply(_:_:transposeA:transposeB:)`).
    public func transposed() -> Matrix {
        var result = Matrix(rows: cols, cols: rows)
        let (rows, cols) = (rows, cols)
        data.withUnsafeBufferPointer { src in
            result.data.withUnsafeMutableBufferPointer { dst in
                for i in 0..<rows {
                    for j in 0..<cols { dst[j * rows + i] = src[i * cols + j] }
                }
            }
        }
        return result
    }

    /// Row `i` as a vector.
    public func row(_ i: Int) -> [Double] {
        precondition(i >= 0 && i < rows, "Row \(i) out of range")
        return Array(data[(i * cols)..<((i + 1) * cols)])
    }

    /// Column `j` as a vector (one example when examples are columns).
    public func column(_ j: Int) -> [Double] {
        precondition(j >= 0 && j < cols, "Column \(j) out of range")
        return (0..<rows).map { data[$0 * cols + j] }
    }

    /// The columns at `indices`, in that order: a minibatch `B_t` of examples (eq. 6.10).
    public func columns(_ indices: [Int]) -> Matrix {
        var result = Matrix(rows: rows, cols: indices.count)
        let (rows, cols, n) = (rows, cols, indices.count)
        for j in indices { precondition(j >= 0 && j < cols, "Column \(j) out of range") }
        data.withUnsafeBufferPointer { src in
            result.data.withUnsafeMutableBufferPointer { dst in
                for i in 0..<rows {
                    for (k, j) in indices.enumerated() { dst[i * n + k] = src[i * cols + j] }
                }
            }
        }
        return result
    }

    /// The rows at `indices`, in that order.
    public func rows(_ indices: [Int]) -> Matrix {
        var result = [Double]()
        result.reserveCapacity(indices.count * cols)
        for i in indices { result.append(contentsOf: row(i)) }
        return Matrix(rows: indices.count, cols: cols, data: result)
    }
}
