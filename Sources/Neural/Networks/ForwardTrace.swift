/// The quantities the forward pass stores for backpropagation (eq. 7.23).
public struct ForwardTrace: Sendable {
    /// `h_0 = x, h_1, …, h_K`: the input to each layer (`activations[k]` feeds `layers[k]`).
    public let activations: [Matrix]
    /// `f_0, …, f_K`: each layer's pre-activations; the last one is the network output.
    public let preActivations: [Matrix]

    /// The network output `f_K`.
    public var output: Matrix { preActivations[preActivations.count - 1] }
}

extension Network {
    /// Runs the forward pass of eq. 7.23 on a `D_i × N` batch, keeping every `f_k` and `h_k`.
    public func forward(_ x: Matrix) -> ForwardTrace {
        var activations = [x]
        var preActivations = [Matrix]()
        activations.reserveCapacity(layers.count)
        preActivations.reserveCapacity(layers.count)
        for k in layers.indices {
            let f = layers[k].affine(activations[k])
            preActivations.append(f)
            if k < layers.count - 1 { activations.append(activation.apply(f)) }
        }
        return ForwardTrace(activations: activations, preActivations: preActivations)
    }
}
