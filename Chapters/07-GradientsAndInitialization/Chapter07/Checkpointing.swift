import Neural

/// Gradient checkpointing (chapter notes, problem 7.11): the forward pass keeps only the
/// pre-activations entering every N-th layer; the backward pass works through one segment
/// of N layers at a time, recomputing that segment's activations from its checkpoint and
/// then applying eqs. 7.24–7.25 exactly as ordinary backpropagation does.
struct CheckpointedBackprop {
    /// The gradients, identical to `Network.backward` on the full trace.
    var weights: [Matrix]
    var biases: [[Double]]
    /// How many affine layers the backward pass evaluated again.
    var recomputedLayers: Int
    /// The largest number of layer values (checkpoints plus one segment) held at once.
    var peakStored: Int

    /// The gradient in the order of `Network.parameters`.
    var flattened: [Double] { zip(weights, biases).flatMap { $0.data + $1 } }

    /// Backpropagation of `outputGradient(output)` through `network` for the batch `x`,
    /// storing a checkpoint before layers 0, N, 2N, …
    init(network: Network, x: Matrix, every n: Int, outputGradient: (Matrix) -> Matrix) {
        let layers = network.layers
        let a = network.activation
        let depth = layers.count
        // First forward pass: keep f_{s−1} for each segment start s (x itself for s = 0).
        var checkpoints = [Int: Matrix]()
        var h = x
        var output = x
        for k in 0..<depth {
            if k % n == 0 { checkpoints[k] = k == 0 ? x : output }
            output = layers[k].affine(h)
            if k < depth - 1 { h = a.apply(output) }
        }
        var dF = outputGradient(output)
        var weights = [Matrix](repeating: Matrix(rows: 0, cols: 0), count: depth)
        var biases = [[Double]](repeating: [], count: depth)
        var recomputed = 0
        var peak = 0
        for start in stride(from: (depth - 1) / n * n, through: 0, by: -n) {
            let end = min(start + n, depth)
            // Recompute h_start … h_{end−1} and f_start … f_{end−2} from the checkpoint.
            let entering = checkpoints[start]!
            var hs = [start == 0 ? entering : a.apply(entering)]
            var fs = [Matrix]()
            for k in start..<(end - 1) {
                fs.append(layers[k].affine(hs.last!))
                hs.append(a.apply(fs.last!))
                recomputed += 1
            }
            peak = max(peak, checkpoints.count + hs.count + fs.count)
            for k in stride(from: end - 1, through: start, by: -1) {
                biases[k] = dF.rowSums()
                weights[k] = Matrix.multiply(dF, hs[k - start], transposeB: true)
                guard k > 0 else { break }
                let dH = Matrix.multiply(layers[k].weights, dF, transposeA: true)
                let f = k > start ? fs[k - 1 - start] : entering
                dF = dH.zip(f) { d, value in d * a.derivative(value) }
            }
        }
        self.weights = weights
        self.biases = biases
        self.recomputedLayers = recomputed
        self.peakStored = peak
    }
}
