/// Least squares `L = Σ_i Σ_d (f_d[x_i] − y_id)²` (eqs. 2.5 and 5.11): the negative
/// log-likelihood of a normal with fixed variance, stripped of constants.
///
/// With `.mean` it equals PyTorch's `MSELoss()`, dividing by the number of elements `D_o · N`.
public struct LeastSquares: Loss {
    /// Sum (the book) or mean (PyTorch).
    public var reduction: Reduction

    public init(reduction: Reduction = .sum) {
        self.reduction = reduction
    }

    public func value(output: Matrix, target: Matrix) -> Double {
        output.checkSameShape(asTarget: target)
        return (output - target).sumOfSquares() * reduction.scale(terms: output.count)
    }

    /// `∂L/∂f = 2(f − y)` (times `1/(D_o N)` for the mean).
    public func gradient(output: Matrix, target: Matrix) -> Matrix {
        output.checkSameShape(asTarget: target)
        return (output - target) * (2 * reduction.scale(terms: output.count))
    }
}
