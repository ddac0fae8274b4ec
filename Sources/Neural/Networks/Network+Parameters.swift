extension Network {
    /// All parameters φ as one flat vector: for each layer k = 0…K, `Ω_k` row by row,
    /// then `β_k`. Optimisers work on this vector; `Gradients.flattened` uses the same order.
    public var parameters: [Double] {
        get {
            var flat = [Double]()
            flat.reserveCapacity(parameterCount)
            for layer in layers {
                flat.append(contentsOf: layer.weights.data)
                flat.append(contentsOf: layer.biases)
            }
            return flat
        }
        set {
            precondition(
                newValue.count == parameterCount,
                "Expected \(parameterCount) parameters, got \(newValue.count)")
            var offset = 0
            for k in layers.indices {
                let nWeights = layers[k].weights.count
                layers[k].weights.data = Array(newValue[offset..<(offset + nWeights)])
                offset += nWeights
                let nBiases = layers[k].outputSize
                layers[k].biases = Array(newValue[offset..<(offset + nBiases)])
                offset += nBiases
            }
        }
    }
}

extension Network {
    /// Where `Ω_k` and `β_k` of layer k sit inside ``parameters`` (to hold a layer fixed with
    /// ``Trainer/frozen``).
    public func parameterRange(layer k: Int) -> Range<Int> {
        let start = layers[..<k].reduce(0) { $0 + $1.parameterCount }
        return start..<(start + layers[k].parameterCount)
    }
}
