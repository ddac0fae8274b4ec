/// An activation function `a[•]` applied to every value (section 3.1; ReLU by default), as its
/// own layer of a ``Sequential`` model.
public struct ActivationLayer: ModelLayer {
    public var activation: Activation

    public init(_ activation: Activation = .relu) { self.activation = activation }

    public var description: String { "\(activation)" }

    public func outputShape(for input: Shape) -> Shape { input }

    public func forward(
        _ x: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>,
        state: UnsafeMutableBufferPointer<Double>, mode: LayerMode, random: inout NumPyRandomState,
        cache: LayerCache
    ) -> Matrix {
        if mode == .training { cache.input = x }
        guard activation == .relu else { return activation.apply(x) }
        var y = x
        y.data.withUnsafeMutableBufferPointer { h in
            for i in h.indices { h[i] = h[i] < 0 ? 0 : h[i] }
        }
        return y
    }

    /// ∂L/∂x = a′[x] ⊙ ∂L/∂y (eq. 7.24).
    public func backward(
        _ outputGradient: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>, cache: LayerCache,
        gradient: UnsafeMutableBufferPointer<Double>
    ) -> Matrix {
        guard activation == .relu else {
            return outputGradient.zip(cache.input) { d, x in d * activation.derivative(x) }
        }
        // a′[z] = I[z > 0] (eq. 7.24), applied as a mask.
        var dx = outputGradient
        dx.data.withUnsafeMutableBufferPointer { d in
            cache.input.data.withUnsafeBufferPointer { z in
                for i in d.indices { d[i] = z[i] > 0 ? d[i] : 0 }
            }
        }
        return dx
    }
}

/// Reshapes channels and positions into one vector (PyTorch's `nn.Flatten`). Examples are stored
/// channel by channel already (see ``Shape``), so nothing moves in memory.
public struct Flatten: ModelLayer {
    public init() {}

    public var description: String { "Flatten" }

    public func outputShape(for input: Shape) -> Shape { .vector(input.count) }

    public func forward(
        _ x: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>,
        state: UnsafeMutableBufferPointer<Double>, mode: LayerMode, random: inout NumPyRandomState,
        cache: LayerCache
    ) -> Matrix { x }

    public func backward(
        _ outputGradient: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>, cache: LayerCache,
        gradient: UnsafeMutableBufferPointer<Double>
    ) -> Matrix { outputGradient }
}
