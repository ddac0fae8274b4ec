/// Binary cross-entropy on logits (eqs. 5.19–5.20): the network output `f` is passed
/// through `sig[f]` to give λ = Pr(y = 1), and
///
///     ℓ = −(1 − y) log[1 − sig f] − y log[sig f] = softplus(f) − y f,
///
/// the second form being exact and free of overflow and `log 0` for any `f`.
/// Targets are 0 or 1 (values in between act as soft labels). With `.mean` it matches
/// PyTorch's `BCEWithLogitsLoss()`, dividing by the number of elements.
public struct BinaryCrossEntropy: Loss {
    /// Sum (the book) or mean (PyTorch).
    public var reduction: Reduction

    public init(reduction: Reduction = .sum) {
        self.reduction = reduction
    }

    public func value(output: Matrix, target: Matrix) -> Double {
        output.checkSameShape(asTarget: target)
        var total = 0.0
        for (f, y) in Swift.zip(output.data, target.data) { total += softplus(f) - y * f }
        return total * reduction.scale(terms: output.count)
    }

    /// `∂ℓ/∂f = sig[f] − y`.
    public func gradient(output: Matrix, target: Matrix) -> Matrix {
        output.checkSameShape(asTarget: target)
        let scale = reduction.scale(terms: output.count)
        return output.zip(target) { f, y in (sigmoid(f) - y) * scale }
    }
}
