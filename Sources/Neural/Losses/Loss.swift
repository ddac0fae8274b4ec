/// A loss `L[φ] = Σ_i ℓ_i` comparing network outputs with targets (chapter 5).
///
/// Outputs are `D_o × N` matrices with one example per column. `gradient` returns
/// `∂L/∂f` with the output's shape, ready for `Network.backward(_:outputGradient:)`.
public protocol Loss: Sendable {
    /// The kind of target: a matrix of values, or class indices for classification.
    associatedtype Target
    /// The loss `L` of a batch.
    func value(output: Matrix, target: Target) -> Double
    /// `∂L/∂f`, one column per example.
    func gradient(output: Matrix, target: Target) -> Matrix
}

/// How the per-term losses `ℓ` of a batch are combined.
///
/// The book always **sums** (eqs. 5.11 and 6.6), so doubling the batch doubles the loss and
/// the gradient. PyTorch's losses default to the **mean**, dividing by the number of terms:
/// by the number of elements for element-wise losses (`MSELoss`, `BCEWithLogitsLoss`,
/// `PoissonNLLLoss`, `HuberLoss`) and by the number of examples `N` for `CrossEntropyLoss`.
/// Each loss documents what it divides by.
public enum Reduction: Sendable, Hashable {
    /// `L = Σ ℓ` (the book's convention).
    case sum
    /// `L = (1/T) Σ ℓ` over the `T` terms (PyTorch's default).
    case mean

    /// The factor applied to the summed loss when there are `terms` terms.
    func scale(terms: Int) -> Double {
        switch self {
        case .sum: 1
        case .mean: terms > 0 ? 1 / Double(terms) : 0
        }
    }
}

extension Matrix {
    func checkSameShape(asTarget target: Matrix) {
        precondition(
            rows == target.rows && cols == target.cols,
            "Output is \(rows)×\(cols) but target is \(target.rows)×\(target.cols)")
    }
}
