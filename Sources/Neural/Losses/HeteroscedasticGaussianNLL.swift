import Foundation

/// How a raw network output `g` becomes a positive variance σ² (section 5.3.3, problem 5.8).
public enum VarianceMapping: Sendable, Hashable {
    /// `σ² = g²`, the book's choice (eq. 5.14). σ² → 0 as g → 0, so the loss is unbounded there.
    case square
    /// `σ² = log(1 + exp g)`, smooth and nearly linear for large g.
    case softplus
    /// `σ² = exp g`, i.e. the network predicts log σ².
    case exp

    /// σ² for a raw output `g`.
    public func variance(_ g: Double) -> Double {
        switch self {
        case .square: g * g
        case .softplus: Neural.softplus(g)
        case .exp: Foundation.exp(g)
        }
    }

    /// `dσ²/dg`.
    public func derivative(_ g: Double) -> Double {
        switch self {
        case .square: 2 * g
        case .softplus: sigmoid(g)
        case .exp: Foundation.exp(g)
        }
    }
}

/// Normal negative log-likelihood where the network predicts both the mean and the variance
/// (heteroscedastic regression, eqs. 5.14–5.15 and problem 5.8).
///
/// For `D` target dimensions the output has `2D` rows: rows `0..<D` are the means μ_d and
/// rows `D..<2D` are raw outputs `g_d` mapped to σ²_d by `mapping`. Each term is
///
///     ℓ = (y − μ)² / (2σ²) + ½ log(2πσ²),
///
/// and `.mean` divides by the number of target elements `D · N`.
public struct HeteroscedasticGaussianNLL: Loss {
    /// How raw outputs become variances.
    public var mapping: VarianceMapping
    /// Sum (the book) or mean (PyTorch).
    public var reduction: Reduction

    public init(mapping: VarianceMapping, reduction: Reduction = .sum) {
        self.mapping = mapping
        self.reduction = reduction
    }

    private func checkShapes(_ output: Matrix, _ target: Matrix) {
        precondition(
            output.rows == 2 * target.rows && output.cols == target.cols,
            "Output must have twice the target's rows (means, then variances)")
    }

    public func value(output: Matrix, target: Matrix) -> Double {
        checkShapes(output, target)
        let d = target.rows
        var total = 0.0
        for i in 0..<d {
            for j in 0..<target.cols {
                let r = target[i, j] - output[i, j]
                let variance = mapping.variance(output[i + d, j])
                total += r * r / (2 * variance) + 0.5 * log(2 * .pi * variance)
            }
        }
        return total * reduction.scale(terms: target.count)
    }

    /// `∂ℓ/∂μ = (μ − y)/σ²` and `∂ℓ/∂g = (1/(2σ²) − (y − μ)²/(2σ⁴)) · dσ²/dg`.
    public func gradient(output: Matrix, target: Matrix) -> Matrix {
        checkShapes(output, target)
        let d = target.rows
        let scale = reduction.scale(terms: target.count)
        var grad = Matrix(rows: output.rows, cols: output.cols)
        for i in 0..<d {
            for j in 0..<target.cols {
                let r = target[i, j] - output[i, j]
                let g = output[i + d, j]
                let variance = mapping.variance(g)
                grad[i, j] = -r / variance * scale
                let dVariance = 0.5 / variance - r * r / (2 * variance * variance)
                grad[i + d, j] = dVariance * mapping.derivative(g) * scale
            }
        }
        return grad
    }
}
