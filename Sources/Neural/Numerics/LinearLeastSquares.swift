/// The least-squares solution of `A x ≈ y` with the smallest norm, as NumPy's
/// `np.linalg.lstsq(A, y, rcond=None)` gives it: `x = V Σ⁺ Uᵀ y` from the singular value
/// decomposition `A = U Σ Vᵀ`, where singular values below `ε · max(m, n) · σ_max` count as zero.
///
/// With more independent rows than columns this is the ordinary least-squares fit (problem 8.3's
/// closed form for the model of figure 8.4); with fewer (more hidden units than data points, as in
/// figure 8.12) it is the interpolating solution with the smallest sum of squared parameters.
///
/// The decomposition is one-sided Jacobi (Hestenes): pairs of columns of `A` are rotated until all
/// are orthogonal; their norms are then the singular values. Accurate to a few units of rounding
/// for the small, dense systems of the chapters.
public func minimumNormLeastSquares(_ a: Matrix, _ y: [Double]) -> [Double] {
    precondition(y.count == a.rows, "A has \(a.rows) rows but y has \(y.count) entries")
    let (m, n) = (a.rows, a.cols)
    // Columns of A (to be orthogonalised) and of V (the accumulated rotations).
    var u = (0..<n).map { j in (0..<m).map { a[$0, j] } }
    var v = (0..<n).map { j in (0..<n).map { $0 == j ? 1.0 : 0.0 } }
    func dot(_ p: [Double], _ q: [Double]) -> Double { zip(p, q).reduce(0) { $0 + $1.0 * $1.1 } }
    for _ in 0..<100 {
        var rotated = false
        for j in 0..<n {
            for k in (j + 1)..<max(n, j + 1) {
                let (alpha, beta, gamma) = (dot(u[j], u[j]), dot(u[k], u[k]), dot(u[j], u[k]))
                guard abs(gamma) > 1e-15 * (alpha * beta).squareRoot(), gamma != 0 else { continue }
                rotated = true
                let zeta = (beta - alpha) / (2 * gamma)
                let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                let c = 1 / (1 + t * t).squareRoot()
                let s = c * t
                for i in 0..<m { (u[j][i], u[k][i]) = (c * u[j][i] - s * u[k][i], s * u[j][i] + c * u[k][i]) }
                for i in 0..<n { (v[j][i], v[k][i]) = (c * v[j][i] - s * v[k][i], s * v[j][i] + c * v[k][i]) }
            }
        }
        if !rotated { break }
    }
    let sigma = u.map { dot($0, $0).squareRoot() }
    let cutoff = Double.ulpOfOne * Double(max(m, n)) * (sigma.max() ?? 0)
    var x = [Double](repeating: 0, count: n)
    for j in 0..<n where sigma[j] > cutoff {
        // u_j / σ_j is the j-th left singular vector; its coefficient is (u_jᵀ y)/σ_j².
        let coefficient = dot(u[j], y) / (sigma[j] * sigma[j])
        for i in 0..<n { x[i] += coefficient * v[j][i] }
    }
    return x
}
