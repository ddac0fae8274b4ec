/// Multiclass cross-entropy on logits (eqs. 5.22–5.24):
///
///     ℓ_i = −log softmax_{y_i}[f_i] = logSumExp(f_i) − f_{y_i, i},
///
/// where column `f_i` holds the K class scores of example i and `y_i` is a class index
/// **counted from 0** (book class k is index k − 1, as in the notebooks). With `.mean` it
/// matches PyTorch's `CrossEntropyLoss()`, dividing by the number of examples `N`.
///
/// With label smoothing ε (problem 9.4; PyTorch's `label_smoothing`) the target is no longer
/// one-hot: the true class gets 1 − ε + ε/K and every other class ε/K, and
/// `ℓ_i = −Σ_k q_k log softmax_k[f_i]`.
public struct CrossEntropy: Loss {
    /// Sum (the book) or mean over examples (PyTorch).
    public var reduction: Reduction
    /// ε, the probability spread evenly over all K classes.
    public var labelSmoothing: Double

    public init(reduction: Reduction = .sum, labelSmoothing: Double = 0) {
        precondition(labelSmoothing >= 0 && labelSmoothing <= 1, "Label smoothing must lie in [0, 1]")
        self.reduction = reduction
        self.labelSmoothing = labelSmoothing
    }

    private func check(_ output: Matrix, _ target: [Int]) {
        precondition(target.count == output.cols, "Need one class index per column")
        precondition(target.allSatisfy { (0..<output.rows).contains($0) }, "Class index out of range")
    }

    public func value(output: Matrix, target: [Int]) -> Double {
        check(output, target)
        var total = 0.0
        let spread = labelSmoothing / Double(output.rows)
        for (j, y) in target.enumerated() {
            let column = output.column(j)
            let lse = logSumExp(column)
            total += (1 - labelSmoothing) * (lse - output[y, j])
            if spread > 0 { total += spread * column.reduce(0) { $0 + lse - $1 } }
        }
        return total * reduction.scale(terms: output.cols)
    }

    /// `∂ℓ_i/∂f_i = softmax[f_i] − q_i` (predicted probabilities minus the target distribution,
    /// one-hot without smoothing).
    public func gradient(output: Matrix, target: [Int]) -> Matrix {
        check(output, target)
        var grad = softmax(output)
        let spread = labelSmoothing / Double(output.rows)
        if spread > 0 { grad = grad.map { $0 - spread } }
        for (j, y) in target.enumerated() { grad[y, j] -= 1 - labelSmoothing }
        grad *= reduction.scale(terms: output.cols)
        return grad
    }
}
