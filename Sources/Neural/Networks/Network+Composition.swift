/// Feeding the output of `first` into `second` (section 4.2). The first network's
/// linear output layer and the second network's first layer are both affine, so they
/// merge into one layer: Ψ = Ω'_0 Ω_K, ψ_0 = β'_0 + Ω'_0 β_K (eqs. 4.5–4.6).
/// The result is a deep network with the hidden layers of both (and `first`'s activation).
public func compose(_ first: Network, _ second: Network) -> Network {
    precondition(first.outputSize == second.inputSize, "the first network's output feeds the second")
    let last = first.layers[first.layers.count - 1]
    let next = second.layers[0]
    let merged = Layer(weights: next.weights * last.weights, biases: next.affine(Matrix(column: last.biases)).data)
    return Network(
        layers: Array(first.layers.dropLast()) + [merged] + Array(second.layers.dropFirst()),
        activation: first.activation)
}

/// `copies` networks in a row: `network(network(… network(x)))`.
public func selfComposition(_ network: Network, copies: Int) -> Network {
    precondition(copies >= 1, "at least one copy")
    return (1..<copies).reduce(network) { chain, _ in compose(chain, network) }
}
