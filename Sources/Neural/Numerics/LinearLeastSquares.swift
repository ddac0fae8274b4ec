/// The least-squares solution of `A x ≈ y` with the smallest norm, as NumPy's
/// `np.linalg.lstsq(A, y, rcond=None)` gives it: `x = V Σ⁺ Uᵀ y` from the singular value
/// decomposition `A = U Σ Vᵀ`, where singular values below `ε · max(m, n) · σ_max` count as zero.
///
/// With more independent rows than columns this is the ordinary least-squares fit (problem 8.3's
/// closed form for the model of figure 8.4); with fewer (more hidden units than data points, as in
/// figure 8.12) it is the interpolating solution with the smallest sum of squared parameters.
///
/// The decomposition is one-sided Jacobi (Hestenes): pairs of columns of `A` (of `Aᵀ` when `A` has
/// fewer rows than columns) are rotated until all are orthogonal; their norms are then the
/// singular values. Accurate to a few units of rounding
/// for the small, dense systems of the chapters.
public func minimumNormLeastSquares(_ a: Matrix, _ y: [Double]) -> [Double] {
    precondition(y.count == a.rows, "A has \(a.rows) rows but y has \(y.count) entries")
    let (m, n) = (a.rows, a.cols)
    if m >= n {
        // A V = W with orthogonal columns w_j = σ_j u_j, so A⁺y = Σ_j v_j (w_jᵀ y)/σ_j².
        let (w, v) = orthogonalizeColumns((0..<n).map { j in (0..<m).map { a[$0, j] } })
        return combine(w, cutoff: cutoff(w, m, n), vectors: v) { j, sigma2 in dot(w[j], y) / sigma2 }
    }
    // Fewer rows: decompose Aᵀ instead, whose m columns are short to rotate. Aᵀ V = W gives
    // A = V Σ Uᵀ and A⁺y = Σ_j w_j (v_jᵀ y)/σ_j².
    let (w, v) = orthogonalizeColumns((0..<m).map { i in (0..<n).map { a[i, $0] } })
    return combine(w, cutoff: cutoff(w, m, n), vectors: w) { j, sigma2 in dot(v[j], y) / sigma2 }
}

private func dot(_ p: [Double], _ q: [Double]) -> Double { zip(p, q).reduce(0) { $0 + $1.0 * $1.1 } }

/// The cut-off below which a singular value counts as zero, as NumPy's `rcond=None` sets it.
private func cutoff(_ w: [[Double]], _ m: Int, _ n: Int) -> Double {
    Double.ulpOfOne * Double(max(m, n)) * (w.map { dot($0, $0).squareRoot() }.max() ?? 0)
}

/// Σ_j coefficient(j, σ_j²) · vectors[j] over the columns whose σ_j = ‖w_j‖ is above `cutoff`.
private func combine(
    _ w: [[Double]], cutoff: Double, vectors: [[Double]], coefficient: (Int, Double) -> Double
) -> [Double] {
    var x = [Double](repeating: 0, count: vectors.first?.count ?? 0)
    for j in w.indices {
        let sigma2 = dot(w[j], w[j])
        guard sigma2.squareRoot() > cutoff else { continue }
        let c = coefficient(j, sigma2)
        for i in x.indices { x[i] += c * vectors[j][i] }
    }
    return x
}

/// One-sided Jacobi: rotates pairs of the columns `u` until all are orthogonal, and returns them
/// with the accumulated rotations V (`columns · V = rotated columns`), as lists of columns.
///
/// The columns live in one flat buffer while they rotate, so the loops run over raw memory (fast
/// even in a debug build, where nested arrays pay for every access).
private func orthogonalizeColumns(_ columns: [[Double]]) -> (rotated: [[Double]], v: [[Double]]) {
    let n = columns.count
    let length = columns.first?.count ?? 0
    var u = Array(columns.joined())
    var v = [Double](repeating: 0, count: n * n)
    for j in 0..<n { v[j * n + j] = 1 }
    u.withUnsafeMutableBufferPointer { u in
        v.withUnsafeMutableBufferPointer { v in
            func dot(_ p: UnsafeMutablePointer<Double>, _ q: UnsafeMutablePointer<Double>) -> Double {
                var sum = 0.0
                for i in 0..<length { sum += p[i] * q[i] }
                return sum
            }
            func rotate(
                _ p: UnsafeMutablePointer<Double>, _ q: UnsafeMutablePointer<Double>, _ count: Int, _ c: Double,
                _ s: Double
            ) {
                for i in 0..<count {
                    let (x, y) = (p[i], q[i])
                    p[i] = c * x - s * y
                    q[i] = s * x + c * y
                }
            }
            let base = u.baseAddress!
            let rotations = v.baseAddress!
            for _ in 0..<100 {
                var rotated = false
                for j in 0..<n {
                    for k in (j + 1)..<max(n, j + 1) {
                        let (uj, uk) = (base + j * length, base + k * length)
                        let (alpha, beta, gamma) = (dot(uj, uj), dot(uk, uk), dot(uj, uk))
                        guard gamma != 0, abs(gamma) > 1e-15 * (alpha * beta).squareRoot() else { continue }
                        rotated = true
                        let zeta = (beta - alpha) / (2 * gamma)
                        let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                        let c = 1 / (1 + t * t).squareRoot()
                        let s = c * t
                        rotate(uj, uk, length, c, s)
                        rotate(rotations + j * n, rotations + k * n, n, c, s)
                    }
                }
                if !rotated { break }
            }
        }
    }
    return (
        (0..<n).map { Array(u[($0 * length)..<(($0 + 1) * length)]) },
        (0..<n).map { Array(v[($0 * n)..<(($0 + 1) * n)]) }
    )
}
