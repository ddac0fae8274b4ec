import Neural

/// The 1-D logistic regression model of problem 6.4: Pr(y = 1 | x) = sig[φ0 + φ1·x] (eqs. 6.21–6.22),
/// scored by the binary cross-entropy summed over the data (the negative log-likelihood of chapter 5).
struct LogisticRegression: Sendable {
    var phi: [Double]

    func probability(_ x: Double) -> Double { sigmoid(phi[0] + phi[1] * x) }

    /// L[φ] = Σ_i −[y_i log sig(z_i) + (1 − y_i) log(1 − sig(z_i))] with z_i = φ0 + φ1·x_i, written with
    /// softplus so that it never takes the log of zero: −log sig(z) = softplus(−z), −log(1 − sig(z)) = softplus(z).
    func loss(x: [Double], y: [Double]) -> Double {
        zip(x, y).reduce(0) { sum, pair in
            let z = phi[0] + phi[1] * pair.0
            return sum + pair.1 * softplus(-z) + (1 - pair.1) * softplus(z)
        }
    }

    /// ∂L/∂φ = Σ_i (sig(z_i) − y_i)·[1, x_i].
    func gradient(x: [Double], y: [Double]) -> [Double] {
        zip(x, y).reduce([0, 0]) { g, pair in
            let r = probability(pair.0) - pair.1
            return [g[0] + r, g[1] + r * pair.0]
        }
    }

    /// H = Σ_i s_i(1 − s_i)·[[1, x_i], [x_i, x_i²]], a positive-weighted sum of outer products [1, x][1, x]ᵀ:
    /// positive semi-definite everywhere, so the loss is convex (problem 6.4 v).
    func hessian(x: [Double]) -> [[Double]] {
        var h = [[0.0, 0], [0, 0]]
        for xi in x {
            let s = probability(xi)
            let w = s * (1 - s)
            h[0][0] += w
            h[0][1] += w * xi
            h[1][0] += w * xi
            h[1][1] += w * xi * xi
        }
        return h
    }
}

extension FittingModels {
    /// Problem 6.4 (iv): ten inputs from N(−1, 1) labelled 0, then ten from N(1, 1) labelled 1, drawn
    /// with NumPy's legacy generator seeded with 1 (the book gives no seed).
    static let logisticData: (x: [Double], y: [Double]) = {
        var random = NumPyRandomState(seed: 1)
        let zeros = random.normal(loc: -1, scale: 1, count: 10)
        let ones = random.normal(loc: 1, scale: 1, count: 10)
        return (zeros + ones, [Double](repeating: 0, count: 10) + [Double](repeating: 1, count: 10))
    }()
}
