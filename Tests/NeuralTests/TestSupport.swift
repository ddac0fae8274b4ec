import Foundation
@testable import Neural

/// A small deterministic generator (SplitMix64) so tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A standard normal deviate by the Box–Muller transform.
    mutating func normal() -> Double {
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let u2 = Double.random(in: 0..<1, using: &self)
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }

    mutating func matrix(_ rows: Int, _ cols: Int, in range: ClosedRange<Double> = -1...1) -> Matrix {
        Matrix(rows: rows, cols: cols, data: (0..<(rows * cols)).map { _ in Double.random(in: range, using: &self) })
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
