import Foundation

/// `log Σ_k exp[z_k]`, computed as `m + log Σ_k exp[z_k − m]` with `m = max_k z_k` so that
/// large inputs do not overflow (the denominator of eq. 5.22 and the second term of eq. 5.24).
public func logSumExp(_ z: [Double]) -> Double {
    guard let m = z.max() else { return -.infinity }
    if m == -.infinity { return -.infinity }
    return m + log(z.reduce(0) { $0 + exp($1 - m) })
}

/// The softmax `exp[z_k] / Σ_k' exp[z_k']` (eq. 5.22), shifted by the maximum for stability,
/// so `softmax([1000, 1001, 1002]) == softmax([1, 2, 3])`.
public func softmax(_ z: [Double]) -> [Double] {
    guard let m = z.max() else { return [] }
    let e = z.map { exp($0 - m) }
    let total = e.reduce(0, +)
    return e.map { $0 / total }
}

/// Softmax of every column separately (one example per column, as notebook 5.3).
public func softmax(_ z: Matrix) -> Matrix {
    var result = z
    for j in 0..<z.cols {
        let p = softmax(z.column(j))
        for i in 0..<z.rows { result[i, j] = p[i] }
    }
    return result
}

/// `logSumExp` of every column: one value per example.
public func logSumExp(_ z: Matrix) -> [Double] {
    (0..<z.cols).map { logSumExp(z.column($0)) }
}
