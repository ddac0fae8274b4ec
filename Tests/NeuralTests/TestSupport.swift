import Foundation

@testable import Neural

extension NumPyRandomState {
    /// A `rows × cols` matrix of uniform draws, filled row by row.
    mutating func matrix(_ rows: Int, _ cols: Int, in range: ClosedRange<Double> = -1...1) -> Matrix {
        Matrix(rows: rows, cols: cols, data: uniform(low: range.lowerBound, high: range.upperBound, count: rows * cols))
    }
}

/// Whether `a` and `b` agree to an absolute-plus-relative tolerance (like `np.allclose`).
func close(_ a: Double, _ b: Double, rtol: Double = 1e-6, atol: Double = 1e-9) -> Bool {
    abs(a - b) <= atol + rtol * abs(b)
}

func close(_ a: [Double], _ b: [Double], rtol: Double = 1e-6, atol: Double = 1e-9) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { close($0, $1, rtol: rtol, atol: atol) }
}

func close(_ a: Matrix, _ b: Matrix, rtol: Double = 1e-6, atol: Double = 1e-9) -> Bool {
    a.rows == b.rows && a.cols == b.cols && close(a.data, b.data, rtol: rtol, atol: atol)
}

/// Central-difference gradient of a scalar function of a matrix, element by element
/// (`FiniteDifferences.gradient` over the matrix's entries).
func numericalGradient(of f: (Matrix) -> Double, at x: Matrix, h: Double = 1e-6) -> Matrix {
    Matrix(
        rows: x.rows, cols: x.cols,
        data: FiniteDifferences.gradient(
            { f(Matrix(rows: x.rows, cols: x.cols, data: $0)) }, at: x.data, step: h))
}
