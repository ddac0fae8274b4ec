/// The Huber loss, quadratic for small residuals and linear for large ones, a robust
/// alternative to least squares (compare the Laplace row of figure 5.11):
///
///     ℓ = ½ r²            if |r| ≤ δ
///     ℓ = δ (|r| − ½ δ)   otherwise,      r = f − y.
///
/// Same definition as PyTorch's `HuberLoss(delta:)`; with `.mean` it divides by the
/// number of elements.
public struct Huber: Loss {
    /// The threshold δ where the loss turns from quadratic to linear.
    public var delta: Double
    /// Sum (the book) or mean (PyTorch).
    public var reduction: Reduction

    public init(delta: Double = 1, reduction: Reduction = .sum) {
        precondition(delta > 0, "δ must be positive")
        self.delta = delta
        self.reduction = reduction
    }

    public func value(output: Matrix, target: Matrix) -> Double {
        output.checkSameShape(asTarget: target)
        var total = 0.0
        for (f, y) in Swift.zip(output.data, target.data) {
            let r = abs(f - y)
            total += r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta)
        }
        return total * reduction.scale(terms: output.count)
    }

    /// `∂ℓ/∂f = r` clipped to `[−δ, δ]`.
    public func gradient(output: Matrix, target: Matrix) -> Matrix {
        output.checkSameShape(asTarget: target)
        let scale = reduction.scale(terms: output.count)
        return output.zip(target) { f, y in min(max(f - y, -delta), delta) * scale }
    }
}
