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

/// Central finite difference `(f(x + h) − f(x − h)) / 2h`.
func centralDifference(_ f: (Double) -> Double, at x: Double, h: Double = 1e-6) -> Double {
    (f(x + h) - f(x - h)) / (2 * h)
}

/// Central-difference gradient of a scalar function of a matrix, element by element.
func numericalGradient(of f: (Matrix) -> Double, at x: Matrix, h: Double = 1e-6) -> Matrix {
    var grad = Matrix(rows: x.rows, cols: x.cols)
    for i in x.data.indices {
        var plus = x, minus = x
        plus.data[i] += h
        minus.data[i] -= h
        grad.data[i] = (f(plus) - f(minus)) / (2 * h)
    }
    return grad
}
