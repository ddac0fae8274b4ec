import Neural

/// Bayesian inference for the simplified model (section 9.3.5, figure 9.11, notebook 9.4). With a
/// normal prior φ ~ Norm[0, σ_p²·I] and the likelihood of eq. 5.x with noise σ², the posterior over
/// φ = (ω1 … ωn, β) is normal with covariance Σ = (H Hᵀ/σ² + I/σ_p²)⁻¹ and mean μ = Σ H y/σ², where
/// column j of H is [ReLU(x_j − k/n) for k = 0 … n−1, 1]. The prediction at x* has mean
/// [h*; 1]ᵀ μ and variance [h*; 1]ᵀ Σ [h*; 1] (the model's uncertainty, without the noise).
struct BayesianFit {
    let hiddenUnits: Int
    let noiseVariance: Double
    let priorVariance: Double
    let mean: [Double]
    let covariance: [[Double]]

    /// Notebook 9.4's setting: five hidden units, σ² = 0.3², σ_p² = 1000.
    init(x: [Double], y: [Double], hiddenUnits: Int = 5, noiseVariance: Double = 0.09, priorVariance: Double = 1000) {
        self.hiddenUnits = hiddenUnits
        self.noiseVariance = noiseVariance
        self.priorVariance = priorVariance
        let features = x.map { Self.features($0, hiddenUnits: hiddenUnits) }
        let size = hiddenUnits + 1
        let precision = (0..<size).map { i in
            (0..<size).map { j in
                features.reduce(0) { $0 + $1[i] * $1[j] } / noiseVariance + (i == j ? 1 / priorVariance : 0)
            }
        }
        covariance = inverseOfPositiveDefinite(precision)!
        let hy = (0..<size).map { i in zip(features, y).reduce(0) { $0 + $1.0[i] * $1.1 } / noiseVariance }
        mean = covariance.map { row in zip(row, hy).reduce(0) { $0 + $1.0 * $1.1 } }
    }

    /// [ReLU(x − k/n) for k = 0 … n−1, 1]: notebook 9.4's column of H.
    static func features(_ x: Double, hiddenUnits: Int) -> [Double] {
        Array(SimplifiedModel.features(x, hiddenUnits: hiddenUnits).dropFirst()) + [1]
    }

    /// The model with parameters φ = (ω1 … ωn, β) at x.
    func predict(_ x: Double, phi: [Double]) -> Double {
        zip(Self.features(x, hiddenUnits: hiddenUnits), phi).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// The predictive mean and variance at x.
    func predictive(_ x: Double) -> (mean: Double, variance: Double) {
        let h = Self.features(x, hiddenUnits: hiddenUnits)
        let sh = covariance.map { row in zip(row, h).reduce(0) { $0 + $1.0 * $1.1 } }
        return (predict(x, phi: mean), zip(h, sh).reduce(0) { $0 + $1.0 * $1.1 })
    }

    /// A draw from the posterior: μ + L z with L the Cholesky factor of Σ and z standard normals
    /// from `random`. (NumPy's `multivariate_normal` factors Σ by an SVD instead, whose signs are
    /// not portable, so its draws are not reproduced.)
    func sample(random: inout NumPyRandomState) -> [Double] {
        let l = cholesky(covariance)!
        let z = (0..<mean.count).map { _ in random.standardNormal() }
        return mean.indices.map { i in mean[i] + (0...i).reduce(0) { $0 + l[i][$1] * z[$1] } }
    }

    /// Figure 9.11's three prior variances, from a prior that holds the weights small to one that
    /// barely constrains them.
    static let figurePriorVariances = [0.5, 5, 1000]
}
