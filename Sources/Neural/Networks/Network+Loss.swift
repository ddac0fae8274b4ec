extension Network {
    /// The loss of a batch and its gradients with respect to every parameter: a forward
    /// pass (eq. 7.23), the loss derivative `∂L/∂f_K`, and backpropagation (eqs. 7.24–7.25).
    public func lossAndGradients<L: Loss>(
        _ loss: L, input: Matrix, target: L.Target
    ) -> (loss: Double, gradients: Gradients) {
        let trace = forward(input)
        let value = loss.value(output: trace.output, target: target)
        let gradients = backward(trace, outputGradient: loss.gradient(output: trace.output, target: target))
        return (value, gradients)
    }
}
