/// Derivatives of a loss with respect to every parameter of a `Network`, summed over
/// the examples of the batch (eq. 6.6), plus the intermediate derivatives of the backward pass.
public struct Gradients: Equatable, Sendable {
    /// `∂L/∂Ω_k`, same shapes as the weights.
    public var weights: [Matrix]
    /// `∂L/∂β_k`, same sizes as the biases.
    public var biases: [[Double]]
    /// `∂ℓ_i/∂f_k` for k = 0…K, one column per example (not summed). Useful to study
    /// exploding and vanishing gradients (figure 7.7, notebook 7.3).
    public var preActivations: [Matrix]
    /// `∂ℓ_i/∂x`, the derivative with respect to the inputs, one column per example.
    public var input: Matrix

    /// The parameter gradient in the order of `Network.parameters`.
    public var flattened: [Double] {
        var flat = [Double]()
        for k in weights.indices {
            flat.append(contentsOf: weights[k].data)
            flat.append(contentsOf: biases[k])
        }
        return flat
    }
}

extension Network {
    /// Backpropagation (eqs. 7.24 and 7.25): given the trace of `forward` and the
    /// derivative `∂ℓ_i/∂f_K` of the loss with respect to each output column, returns
    ///
    ///     ∂L/∂β_k  = Σ_i ∂ℓ_i/∂f_k
    ///     ∂L/∂Ω_k  = Σ_i ∂ℓ_i/∂f_k h_kᵀ          (one matrix product for the whole batch)
    ///     ∂ℓ/∂f_{k−1} = a′[f_{k−1}] ⊙ (Ω_kᵀ ∂ℓ/∂f_k)
    ///
    /// For ReLU `a′` is `I[f > 0]`, exactly the book's indicator (eq. 7.24).
    public func backward(_ trace: ForwardTrace, outputGradient: Matrix) -> Gradients {
        let output = trace.output
        precondition(
            outputGradient.rows == output.rows && outputGradient.cols == output.cols,
            "Output gradient must have the output's shape")
        let depth = layers.count
        var weightGradients = [Matrix](repeating: Matrix(rows: 0, cols: 0), count: depth)
        var biasGradients = [[Double]](repeating: [], count: depth)
        var fGradients = [Matrix](repeating: Matrix(rows: 0, cols: 0), count: depth)
        var dF = outputGradient
        var dInput = Matrix(rows: 0, cols: 0)
        for k in stride(from: depth - 1, through: 0, by: -1) {
            fGradients[k] = dF
            biasGradients[k] = dF.rowSums()
            weightGradients[k] = Matrix.multiply(dF, trace.activations[k], transposeB: true)
            let dH = Matrix.multiply(layers[k].weights, dF, transposeA: true)
            if k > 0 {
                dF = dH.zip(trace.preActivations[k - 1]) { d, f in d * activation.derivative(f) }
            } else {
                dInput = dH
            }
        }
        return Gradients(
            weights: weightGradients, biases: biasGradients,
            preActivations: fGradients, input: dInput)
    }
}
