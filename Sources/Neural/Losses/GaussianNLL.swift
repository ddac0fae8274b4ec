import Foundation

/// Negative log-likelihood of a normal distribution with mean `f[x]` and a fixed variance
/// σ² (eqs. 5.8 and 5.9), including the constant:
///
///     ℓ = (y − f)² / (2σ²) + ½ log(2πσ²).
///
/// Minimising it is equivalent to least squares (eq. 5.11). PyTorch's `GaussianNLLLoss`
/// drops the `½ log 2π` constant unless `full=True`; with `.mean` this divides by `D_o · N`.
public struct GaussianNLL: Loss {
    /// The fixed variance σ².
    public var variance: Double
    /// Sum (the book) or mean (PyTorch).
    public var reduction: Reduction

    public init(variance: Double, reduction: Reduction = .sum) {
        precondition(variance > 0, "The variance must be positive")
        self.variance = variance
        self.reduction = reduction
    }

    public func value(output: Matrix, target: Matrix) -> Double {
        output.checkSameShape(asTarget: target)
        let squares = (output - target).sumOfSquares()
        let total = squares / (2 * variance) + Double(output.count) * 0.5 * log(2 * .pi * variance)
        return total * reduction.scale(terms: output.count)
    }

    /// `∂ℓ/∂f = (f − y) / σ²`.
    public func gradient(output: Matrix, target: Matrix) -> Matrix {
        output.checkSameShape(asTarget: target)
        return (output - target) * (reduction.scale(terms: output.count) / variance)
    }
}
