import Neural

/// Early stopping as L2 regularization (section 9.3.1; Goodfellow et al. §7.8): for a quadratic
/// loss J = ½‖Aφ − y‖², τ steps of full-batch gradient descent with step ε from φ = 0 shrink each
/// eigendirection of AᵀA about as ridge regression (AᵀA + λI)φ = Aᵀy does with λ = 1/(τε).
enum EarlyStoppingAsL2 {
    /// Below 2 / (largest eigenvalue of AᵀA), so that descent converges.
    static let stepSize = 0.01

    /// The design matrix of figure 9.6's model on notebook 8.2's points, row by row.
    static let rows: [[Double]] = RidgeFits.data.x.map { x in
        SimplifiedModel.features(x, hiddenUnits: EarlyStoppingRun.hiddenUnits)
    }

    /// φ after `steps` steps of gradient descent on J from zero.
    static func descent(steps: Int) -> [Double] {
        let y = RidgeFits.data.y
        var phi = [Double](repeating: 0, count: rows[0].count)
        for _ in 0..<steps {
            let residuals = rows.indices.map { i in zip(rows[i], phi).reduce(0) { $0 + $1.0 * $1.1 } - y[i] }
            for j in phi.indices {
                phi[j] -= stepSize * rows.indices.reduce(0) { $0 + rows[$1][j] * residuals[$1] }
            }
        }
        return phi
    }

    /// The ridge solution (AᵀA + λI)⁻¹Aᵀy, every parameter penalized.
    static func ridge(lambda: Double) -> [Double] {
        let y = RidgeFits.data.y
        let size = rows[0].count
        let gram = (0..<size).map { i in
            (0..<size).map { j in rows.reduce(0) { $0 + $1[i] * $1[j] } + (i == j ? lambda : 0) }
        }
        let inverse = inverseOfPositiveDefinite(gram)!
        let aty = (0..<size).map { i in zip(rows, y).reduce(0) { $0 + $1.0[i] * $1.1 } }
        return inverse.map { row in zip(row, aty).reduce(0) { $0 + $1.0 * $1.1 } }
    }

    /// The mean squared gap between the functions of two parameter vectors on [0, 1].
    static func gap(_ p: [Double], _ q: [Double]) -> Double {
        let difference = zip(p, q).map { $0 - $1 }
        return linspace(0, 1, 100).reduce(0) { total, x in
            let h = SimplifiedModel.features(x, hiddenUnits: EarlyStoppingRun.hiddenUnits)
            let d = zip(h, difference).reduce(0) { $0 + $1.0 * $1.1 }
            return total + d * d
        } / 100
    }

    /// For each τ: the gap between early-stopped descent and ridge with λ = 1/(τε), and between
    /// early-stopped descent and the unregularized fit.
    static func comparison(steps: [Int]) -> [(steps: Int, lambda: Double, toRidge: Double, toFit: Double)] {
        let a = Matrix(rows: rows.count, cols: rows[0].count) { i, j in rows[i][j] }
        let fit = minimumNormLeastSquares(a, RidgeFits.data.y)
        return steps.map { tau in
            let stopped = descent(steps: tau)
            let lambda = 1 / (Double(tau) * stepSize)
            return (tau, lambda, gap(stopped, ridge(lambda: lambda)), gap(stopped, fit))
        }
    }
}
