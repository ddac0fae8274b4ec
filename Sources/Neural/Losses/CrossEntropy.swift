/// Multiclass cross-entropy on logits (eqs. 5.22–5.24):
///
///     ℓ_i = −log softmax_{y_i}[f_i] = logSumExp(f_i) − f_{y_i, i},
///
/// where column `f_i` holds the K class scores of example i and `y_i` is a class index
/// **counted from 0** (book class k is index k − 1, as in the notebooks). With `.mean` it
/// matches PyTorch's `CrossEntropyLoss()`, dividing by the number of examples `N`.
public struct CrossEntropy: Loss {
    /// Sum (the book) or mean over examples (PyTorch).
    public var reduction: Reduction

    public init(reduction: Reduction = .sum) {
        self.reduction = reduction
    }

    private func check(_ output: Matrix, _ target: [Int]) {
        precondition(target.count == output.cols, "Need one class index per column")
        precondition(target.allSatisfy { (0..<output.rows).contains($0) }, "Class index out of range")
    }

    public func value(output: Matrix, target: [Int]) -> Double {
        check(output, target)
        var total = 0.0
        for (j, y) in target.enumerated() {
            total += logSumExp(output.column(j)) - output[y, j]
        }
        return total * reduction.scale(terms: output.cols)
    }

    /// `∂ℓ_i/∂f_i = softmax[f_i] − e_{y_i}` (predicted probabilities minus the one-hot target).
    public func gradient(output: Matrix, target: [Int]) -> Matrix {
        check(output, target)
        var grad = softmax(output)
        for (j, y) in target.enumerated() { grad[y, j] -= 1 }
        grad *= reduction.scale(terms: output.cols)
        return grad
    }
}
