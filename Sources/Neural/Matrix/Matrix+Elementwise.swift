extension Matrix {
    private func checkSameShape(_ other: Matrix, _ operation: String) {
        precondition(
            rows == other.rows && cols == other.cols,
            "\(operation): shapes \(rows)×\(cols) and \(other.rows)×\(other.cols) differ")
    }

    /// Applies `transform` to every element.
    public func map(_ transform: (Double) -> Double) -> Matrix {
        Matrix(rows: rows, cols: cols, data: data.map(transform))
    }

    /// Combines matching elements of two equally shaped matrices.
    public func zip(_ other: Matrix, _ combine: (Double, Double) -> Double) -> Matrix {
        checkSameShape(other, "zip")
        var result = self
        result.data.withUnsafeMutableBufferPointer { r in
            other.data.withUnsafeBufferPointer { o in
                for i in r.indices { r[i] = combine(r[i], o[i]) }
            }
        }
        return result
    }

    /// Element-wise sum.
    public static func + (a: Matrix, b: Matrix) -> Matrix { a.zip(b, +) }

    /// Element-wise difference.
    public static func - (a: Matrix, b: Matrix) -> Matrix { a.zip(b, -) }

    /// The element-wise (Hadamard) product `A ⊙ B` used in eq. 7.24.
    public func hadamard(_ other: Matrix) -> Matrix { zip(other, *) }

    /// Every element multiplied by `s`.
    public static func * (s: Double, a: Matrix) -> Matrix { a.map { s * $0 } }

    /// Every element multiplied by `s`.
    public static func * (a: Matrix, s: Double) -> Matrix { a.map { $0 * s } }

    /// Every element divided by `s`.
    public static func / (a: Matrix, s: Double) -> Matrix { a.map { $0 / s } }

    /// `s` added to every element.
    public static func + (a: Matrix, s: Double) -> Matrix { a.map { $0 + s } }

    /// `s` subtracted from every element.
    public static func - (a: Matrix, s: Double) -> Matrix { a.map { $0 - s } }

    /// The negated matrix.
    public static prefix func - (a: Matrix) -> Matrix { a.map { -$0 } }

    /// In place `self ← self + scale · other` (BLAS "axpy"); the workhorse of parameter updates.
    public mutating func add(_ other: Matrix, scaledBy scale: Double = 1) {
        checkSameShape(other, "add(_:scaledBy:)")
        data.withUnsafeMutableBufferPointer { r in
            other.data.withUnsafeBufferPointer { o in
                for i in r.indices { r[i] += scale * o[i] }
            }
        }
    }

    /// In place element-wise sum.
    public static func += (a: inout Matrix, b: Matrix) { a.add(b) }

    /// In place element-wise difference.
    public static func -= (a: inout Matrix, b: Matrix) { a.add(b, scaledBy: -1) }

    /// In place scaling of every element.
    public static func *= (a: inout Matrix, s: Double) {
        a.data.withUnsafeMutableBufferPointer { r in
            for i in r.indices { r[i] *= s }
        }
    }

    /// The sum of all elements.
    public func sum() -> Double { data.reduce(0, +) }

    /// The sum of squared elements (squared Frobenius norm).
    public func sumOfSquares() -> Double { data.reduce(0) { $0 + $1 * $1 } }
}
