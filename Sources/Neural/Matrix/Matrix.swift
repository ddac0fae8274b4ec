/// A dense matrix of `Double`s stored row by row.
///
/// The book writes data sets with one example per **column**: a batch of `N`
/// inputs of dimension `D` is a `D × N` matrix, and a layer computes
/// `β_k + Ω_k h_k` for every column at once (eq. 4.15). `Matrix` follows that
/// convention; plain vectors (biases β_k, flat parameter vectors φ) are `[Double]`.
///
/// Element `(i, j)` lives at `data[i * cols + j]`.
public struct Matrix: Equatable, Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns (the batch size when columns are examples).
    public let cols: Int
    /// The elements in row-major order; always `rows * cols` long.
    public var data: [Double]

    /// A `rows × cols` matrix with every element equal to `value`.
    public init(rows: Int, cols: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && cols >= 0, "Matrix dimensions must be non-negative")
        self.rows = rows
        self.cols = cols
        self.data = Array(repeating: value, count: rows * cols)
    }

    /// A `rows × cols` matrix from elements listed row by row.
    public init(rows: Int, cols: Int, data: [Double]) {
        precondition(rows >= 0 && cols >= 0, "Matrix dimensions must be non-negative")
        precondition(data.count == rows * cols, "Expected \(rows * cols) elements, got \(data.count)")
        self.rows = rows
        self.cols = cols
        self.data = data
    }

    /// A `rows × cols` matrix whose element `(i, j)` is `element(i, j)`.
    public init(rows: Int, cols: Int, _ element: (_ i: Int, _ j: Int) -> Double) {
        precondition(rows >= 0 && cols >= 0, "Matrix dimensions must be non-negative")
        var data = [Double]()
        data.reserveCapacity(rows * cols)
        for i in 0..<rows {
            for j in 0..<cols { data.append(element(i, j)) }
        }
        self.init(rows: rows, cols: cols, data: data)
    }

    /// A matrix from nested rows: `Matrix([[1, 2], [3, 4]])`.
    public init(_ rowArrays: [[Double]]) {
        let cols = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == cols }, "All rows must have the same length")
        self.init(rows: rowArrays.count, cols: cols, data: rowArrays.flatMap { $0 })
    }

    /// A single-column (`n × 1`) matrix holding `vector`.
    public init(column vector: [Double]) {
        self.init(rows: vector.count, cols: 1, data: vector)
    }

    /// A single-row (`1 × n`) matrix holding `vector`.
    public init(row vector: [Double]) {
        self.init(rows: 1, cols: vector.count, data: vector)
    }

    /// The `n × n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        Matrix(rows: n, cols: n) { i, j in i == j ? 1 : 0 }
    }

    /// Element `(i, j)`.
    @inlinable
    public subscript(i: Int, j: Int) -> Double {
        get {
            precondition(i >= 0 && i < rows && j >= 0 && j < cols, "Index (\(i), \(j)) out of range")
            return data[i * cols + j]
        }
        set {
            precondition(i >= 0 && i < rows && j >= 0 && j < cols, "Index (\(i), \(j)) out of range")
            data[i * cols + j] = newValue
        }
    }

    /// `(rows, cols)`, handy for shape checks.
    public var shape: (rows: Int, cols: Int) { (rows, cols) }

    /// Number of elements, `rows * cols`.
    public var count: Int { data.count }
}

extension Matrix: CustomStringConvertible {
    /// The rows, one per line.
    public var description: String {
        (0..<rows).map { i in
            "[" + (0..<cols).map { j in "\(self[i, j])" }.joined(separator: ", ") + "]"
        }.joined(separator: "\n")
    }
}
