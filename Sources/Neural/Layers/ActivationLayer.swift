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
            let base = UnsafeMutableRawPointer(h.baseAddress!)
            let whole = h.count - h.count % 4
            for i in stride(from: 0, to: whole, by: 4) {
                let z = base.loadUnaligned(fromByteOffset: 8 * i, as: SIMD4<Double>.self)
                base.storeBytes(of: z.replacing(with: 0, where: z .< 0), toByteOffset: 8 * i, as: SIMD4<Double>.self)
            }
            for i in whole..<h.count { h[i] = max(h[i], 0) }
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
        // The sign of z is as good as random, so a branch would be mispredicted half the time.
        var dx = outputGradient
        dx.data.withUnsafeMutableBufferPointer { d in
            cache.input.data.withUnsafeBufferPointer { z in
                let (out, input) = (UnsafeMutableRawPointer(d.baseAddress!), UnsafeRawPointer(z.baseAddress!))
                let whole = d.count - d.count % 4
                for i in stride(from: 0, to: whole, by: 4) {
                    let zi = input.loadUnaligned(fromByteOffset: 8 * i, as: SIMD4<Double>.self)
                    let di = out.loadUnaligned(fromByteOffset: 8 * i, as: SIMD4<Double>.self)
                    out.storeBytes(
                        of: di.replacing(with: 0, where: zi .<= 0), toByteOffset: 8 * i, as: SIMD4<Double>.self)
                }
                for i in whole..<d.count { d[i] = z[i] > 0 ? d[i] : 0 }
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
