/// One affine stage `f_k = β_k + Ω_k h_k` of a fully connected network (eq. 4.15).
///
/// `Ω_k` (`weights`) has shape `D_{k+1} × D_k`: row `d` holds the slopes feeding
/// unit `d` of the next layer. `β_k` (`biases`) has `D_{k+1}` entries.
public struct Layer: Equatable, Sendable {
    /// Ω_k, shape `outputSize × inputSize`.
    public var weights: Matrix
    /// β_k, `outputSize` entries.
    public var biases: [Double]

    /// A layer from explicit parameters.
    public init(weights: Matrix, biases: [Double]) {
        precondition(
            biases.count == weights.rows,
            "β has \(biases.count) entries but Ω has \(weights.rows) rows")
        self.weights = weights
        self.biases = biases
    }

    /// A layer mapping `inputSize` to `outputSize` units with all parameters zero.
    public init(inputSize: Int, outputSize: Int) {
        self.init(
            weights: Matrix(rows: outputSize, cols: inputSize),
            biases: [Double](repeating: 0, count: outputSize))
    }

    /// D_k, the number of inputs.
    public var inputSize: Int { weights.cols }
    /// D_{k+1}, the number of outputs.
    public var outputSize: Int { weights.rows }
    /// `(D_k + 1) · D_{k+1}`: one slope per input plus one offset, for every output.
    public var parameterCount: Int { (inputSize + 1) * outputSize }

    /// `β_k + Ω_k H` for a batch `H` with one example per column (eq. 4.15).
    public func affine(_ input: Matrix) -> Matrix {
        precondition(input.rows == inputSize, "Layer expects \(inputSize) inputs, got \(input.rows)")
        var f = Matrix.multiply(weights, input)
        f.addToEachColumn(biases)
        return f
    }
}
