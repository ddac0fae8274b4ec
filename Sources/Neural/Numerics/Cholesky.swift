/// The Cholesky factor of a symmetric positive definite matrix: the lower-triangular L with
/// A = L Lᵀ, or `nil` when A is not positive definite. Used for Gaussian posteriors (section 9.3.5):
/// their covariance's inverse, and samples μ + L z from standard normals z.
public func cholesky(_ a: [[Double]]) -> [[Double]]? {
    let n = a.count
    var l = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for j in 0..<n {
        var diagonal = a[j][j]
        for k in 0..<j { diagonal -= l[j][k] * l[j][k] }
        guard diagonal > 0 else { return nil }
        l[j][j] = diagonal.squareRoot()
        for i in (j + 1)..<max(n, j + 1) {
            var sum = a[i][j]
            for k in 0..<j { sum -= l[i][k] * l[j][k] }
            l[i][j] = sum / l[j][j]
        }
    }
    return l
}

/// A⁻¹ of a symmetric positive definite matrix through its Cholesky factor (column by column,
/// forward then back substitution), or `nil` when A is not positive definite.
public func inverseOfPositiveDefinite(_ a: [[Double]]) -> [[Double]]? {
    guard let l = cholesky(a) else { return nil }
    let n = a.count
    var inverse = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for column in 0..<n {
        // L z = e_column, then Lᵀ x = z.
        var z = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var sum = i == column ? 1.0 : 0
            for k in 0..<i { sum -= l[i][k] * z[k] }
            z[i] = sum / l[i][i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            var sum = z[i]
            for k in (i + 1)..<max(n, i + 1) { sum -= l[k][i] * inverse[k][column] }
            inverse[i][column] = sum / l[i][i]
        }
    }
    return inverse
}
