/// Gaussian noise added to every value while training (section 9.3.3's "adding noise" and
/// figure 9.9): `y = x + σ·ε` with ε standard normal, drawn from the trainer's generator in the
/// batch's storage order; inference passes the input through. Put it first to add noise to the
/// inputs, or after any layer to add it to that layer's activations.
public struct InputNoise: ModelLayer {
    /// σ, the noise's standard deviation.
    public var sigma: Double

    public init(sigma: Double) {
        precondition(sigma >= 0, "The noise's standard deviation cannot be negative")
        self.sigma = sigma
    }

    public var description: String { "Noise(σ \(sigma))" }

    public func outputShape(for input: Shape) -> Shape { input }
    public func isExampleWise(in mode: LayerMode) -> Bool { mode != .training }

    public func forward(
        _ x: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>,
        state: UnsafeMutableBufferPointer<Double>, mode: LayerMode, random: inout NumPyRandomState,
        cache: LayerCache
    ) -> Matrix {
        guard mode == .training else { return x }
        var y = x
        for i in y.data.indices { y.data[i] += sigma * random.standardNormal() }
        return y
    }

    /// The noise does not depend on the input: ∂L/∂x = ∂L/∂y.
    public func backward(
        _ outputGradient: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>, cache: LayerCache,
        gradient: UnsafeMutableBufferPointer<Double>
    ) -> Matrix { outputGradient }
}
