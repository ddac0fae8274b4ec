import Foundation

/// Poisson negative log-likelihood for counts (eq. 5.36, problem 5.6). The rate is
/// `λ = exp[f]`, so any real output is valid, and
///
///     ℓ = λ − y log λ + log(y!) = exp[f] − y f + log Γ(y + 1).
///
/// PyTorch's `PoissonNLLLoss(log_input=True)` omits the `log(y!)` constant (which has no
/// gradient); with `.mean` this divides by the number of elements.
public struct PoissonNLL: Loss {
    /// Sum (the book) or mean (PyTorch).
    public var reduction: Reduction

    public init(reduction: Reduction = .sum) {
        self.reduction = reduction
    }

    public func value(output: Matrix, target: Matrix) -> Double {
        output.checkSameShape(asTarget: target)
        var total = 0.0
        for (f, y) in Swift.zip(output.data, target.data) {
            precondition(y >= 0, "Poisson targets are non-negative counts")
            total += exp(f) - y * f + lgamma(y + 1)
        }
        return total * reduction.scale(terms: output.count)
    }

    /// `∂ℓ/∂f = exp[f] − y`.
    public func gradient(output: Matrix, target: Matrix) -> Matrix {
        output.checkSameShape(asTarget: target)
        let scale = reduction.scale(terms: output.count)
        return output.zip(target) { f, y in (exp(f) - y) * scale }
    }
}
