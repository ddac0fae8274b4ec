import Foundation
import Neural

/// Section 5.2's recipe applied to every row of figure 5.11: how network outputs become valid
/// distribution parameters, the per-example loss, the point estimate, and a numerical check
/// that the distribution (with example parameters) has total probability one.
struct RecipeRow: Sendable {
    /// Figure 5.11 as the book prints it: data type, domain, distribution, use (11 rows; rows with
    /// two distributions, "Laplace or t" and "exponential or gamma", are split in `rows`).
    static let figure511: [[String]] = [
        ["univariate, continuous, unbounded", "y ∈ ℝ", "univariate normal", "regression"],
        ["univariate, continuous, unbounded", "y ∈ ℝ", "Laplace or t-distribution", "robust regression"],
        ["univariate, continuous, unbounded", "y ∈ ℝ", "mixture of Gaussians", "multimodal regression"],
        ["univariate, continuous, bounded below", "y ∈ ℝ⁺", "exponential or gamma", "predicting magnitude"],
        ["univariate, continuous, bounded", "y ∈ [0, 1]", "beta", "predicting proportions"],
        ["multivariate, continuous, unbounded", "y ∈ ℝ^K", "multivariate normal", "multivariate regression"],
        ["univariate, continuous, circular", "y ∈ (−π, π]", "von Mises", "predicting direction"],
        ["univariate, discrete, binary", "y ∈ {0, 1}", "Bernoulli", "binary classification"],
        ["univariate, discrete, bounded", "y ∈ {1, …, K}", "categorical", "multiclass classification"],
        ["univariate, discrete, bounded below", "y ∈ {0, 1, 2, …}", "Poisson", "predicting event counts"],
        ["multivariate, discrete, permutation", "y ∈ Perm[1, …, K]", "Plackett–Luce", "ranking"],
    ]

    let distribution: String
    let domain: String
    let use: String
    /// How unconstrained outputs f become the parameters.
    let parameters: String
    /// −log Pr(y | θ) for one example.
    let loss: String
    let inference: String
    /// Σ or ∫ of Pr(y | θ) over the domain for example parameters.
    let totalProbability: @Sendable () -> Double

    static let rows: [RecipeRow] = [
        RecipeRow(
            distribution: "univariate normal", domain: "y ∈ ℝ", use: "regression",
            parameters: "μ = f (σ² fixed, or σ² = g²)", loss: "(y−μ)²/2σ² + ½log 2πσ²", inference: "ŷ = μ",
            totalProbability: {
                Numerics.integrate({ Distributions.normal($0, mean: 0.3, sigma: 1.2) }, from: -15, to: 15)
            }),
        RecipeRow(
            distribution: "Laplace", domain: "y ∈ ℝ", use: "robust regression",
            parameters: "μ = f, b fixed", loss: "|y−μ|/b + log 2b", inference: "ŷ = μ (a median)",
            totalProbability: {
                Numerics.integrate({ exp(-abs($0 - 0.3) / 0.7) / 1.4 }, from: -40, to: 40, steps: 40_000)
            }),
        RecipeRow(
            distribution: "Student t (ν = 5)", domain: "y ∈ ℝ", use: "robust regression",
            parameters: "μ = f, ν and s fixed", loss: "3 log(1 + (y−μ)²/5s²) + const", inference: "ŷ = μ",
            totalProbability: { Numerics.integrate(studentT, from: -400, to: 400, steps: 100_000) }),
        RecipeRow(
            distribution: "mixture of Gaussians", domain: "y ∈ ℝ", use: "multimodal regression",
            parameters: "λ = sig[f_1], μ_k = f, σ_k² = exp[f]", loss: "−log(λN_1 + (1−λ)N_2)",
            inference: "numerical mode",
            totalProbability: {
                Numerics.integrate({ Distributions.mixture($0, theta: [0.3, -2, 0.5, 3, 1]) }, from: -20, to: 20)
            }),
        RecipeRow(
            distribution: "exponential", domain: "y ∈ ℝ⁺", use: "predicting magnitude",
            parameters: "λ = exp[f]", loss: "λy − log λ", inference: "mean 1/λ (mode 0)",
            totalProbability: {
                Numerics.integrate({ Distributions.exponential($0, rate: 1.5) }, from: 0, to: 40, steps: 8000)
            }),
        RecipeRow(
            distribution: "gamma", domain: "y ∈ ℝ⁺", use: "predicting magnitude",
            parameters: "α, β = exp[f]", loss: "βy − (α−1)log y − α log β + log Γ(α)", inference: "mode (α−1)/β",
            totalProbability: {
                Numerics.integrate({ gamma($0, shape: 2.5, rate: 1.2) }, from: 0, to: 60, steps: 20_000)
            }),
        RecipeRow(
            distribution: "beta", domain: "y ∈ [0, 1]", use: "predicting proportions",
            parameters: "α, β = exp[f]", loss: "−(α−1)log y − (β−1)log(1−y) + log B(α, β)",
            inference: "mode (α−1)/(α+β−2)",
            totalProbability: { Numerics.integrate({ beta($0, 2.5, 1.8) }, from: 0, to: 1, steps: 20_000) }),
        RecipeRow(
            distribution: "multivariate normal", domain: "y ∈ ℝ^K", use: "multivariate regression",
            parameters: "μ = f (Σ fixed)", loss: "½(y−μ)ᵀΣ⁻¹(y−μ) + ½log|2πΣ|", inference: "ŷ = μ",
            totalProbability: { bivariateNormalMass() }),
        RecipeRow(
            distribution: "von Mises", domain: "y ∈ (−π, π]", use: "predicting direction",
            parameters: "μ = f, κ fixed", loss: "−κ cos(y−μ) + log 2πI₀(κ)", inference: "ŷ = μ wrapped to (−π, π]",
            totalProbability: {
                Numerics.integrate({ Distributions.vonMises($0, mean: 1, concentration: 4) }, from: -.pi, to: .pi)
            }),
        RecipeRow(
            distribution: "Bernoulli", domain: "y ∈ {0, 1}", use: "binary classification",
            parameters: "λ = sig[f]", loss: "−(1−y)log(1−λ) − y log λ", inference: "ŷ = 1 if λ > 0.5",
            totalProbability: { Distributions.bernoulli(0, lambda: 0.3) + Distributions.bernoulli(1, lambda: 0.3) }),
        RecipeRow(
            distribution: "categorical", domain: "y ∈ {1, …, K}", use: "multiclass classification",
            parameters: "λ = softmax[f]", loss: "logSumExp[f] − f_y", inference: "ŷ = argmax_k λ_k",
            totalProbability: { softmax([0.5, -1, 2, 0.1, 1.2]).reduce(0, +) }),
        RecipeRow(
            distribution: "Poisson", domain: "y ∈ {0, 1, 2, …}", use: "predicting event counts",
            parameters: "λ = exp[f]", loss: "λ − y log λ + log y!", inference: "mode ⌊λ⌋",
            totalProbability: { (0...200).reduce(0) { $0 + Distributions.poisson($1, rate: 6) } }),
        RecipeRow(
            distribution: "Plackett–Luce", domain: "y ∈ Perm[1, …, K]", use: "ranking",
            parameters: "scores s = f", loss: "Σ_k (logSumExp[s_{y_k…y_K}] − s_{y_k})", inference: "sort by score",
            totalProbability: { plackettLuceMass(scores: [0.4, -1.0, 1.5, 0.2]) }),
    ]

    /// The Student t density with ν = 5, location 0.3 and scale 0.8.
    static func studentT(_ y: Double) -> Double {
        let nu = 5.0
        let scale = 0.8
        let z = (y - 0.3) / scale
        return exp(lgamma((nu + 1) / 2) - lgamma(nu / 2)) / ((nu * .pi).squareRoot() * scale)
            * pow(1 + z * z / nu, -(nu + 1) / 2)
    }

    static func gamma(_ y: Double, shape: Double, rate: Double) -> Double {
        guard y > 0 else { return 0 }
        let logDensity: Double = shape * log(rate) + (shape - 1) * log(y) - rate * y - lgamma(shape)
        return exp(logDensity)
    }

    static func beta(_ y: Double, _ a: Double, _ b: Double) -> Double {
        guard y > 0 && y < 1 else { return 0 }
        let logNormaliser: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logKernel: Double = (a - 1) * log(y) + (b - 1) * log(1 - y)
        return exp(logKernel + logNormaliser)
    }

    /// ∫∫ of a correlated two-dimensional normal (σ = 1 and 0.6, correlation 0.5).
    static func bivariateNormalMass() -> Double {
        let s1 = 1.0
        let s2 = 0.6
        let rho = 0.5
        let norm = 1 / (2 * .pi * s1 * s2 * (1 - rho * rho).squareRoot())
        return Numerics.integrate(
            { u in
                Numerics.integrate(
                    { v in
                        let q = (u * u / (s1 * s1) - 2 * rho * u * v / (s1 * s2) + v * v / (s2 * s2)) / (1 - rho * rho)
                        return norm * exp(-q / 2)
                    }, from: -6, to: 6, steps: 300)
            }, from: -9, to: 9, steps: 300)
    }

    /// Σ over all K! orderings of Π_k exp[s_{y_k}] / Σ_{j ≥ k} exp[s_{y_j}].
    static func plackettLuceMass(scores: [Double]) -> Double {
        permutations(Array(scores.indices)).reduce(0) { total, order in
            total
                + order.indices.reduce(1.0) { product, k in
                    product * exp(scores[order[k]] - logSumExp(order[k...].map { scores[$0] }))
                }
        }
    }

    static func permutations(_ items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { k in
            permutations(Array(items[..<k] + items[(k + 1)...])).map { [items[k]] + $0 }
        }
    }
}
