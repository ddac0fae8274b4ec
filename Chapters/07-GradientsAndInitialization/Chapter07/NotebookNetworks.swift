import Neural

/// The deep ReLU networks of notebooks 7.2 and 7.3, drawn in the notebooks' own order
/// (Ω_0, then Ω_K, then the rest), which differs from `Network.initialize`.
enum NotebookNetworks {
    /// A `rows × columns` matrix of `normal()` draws, filled row by row like NumPy.
    static func normalMatrix(_ rng: inout NumPyRandomState, _ rows: Int, _ columns: Int, scale: Double = 1) -> Matrix {
        Matrix(
            rows: rows, cols: columns, data: rng.normal(rows: rows, columns: columns).flatMap { $0 }.map { $0 * scale })
    }

    /// Notebook 7.2: K = 5 hidden layers of D = 6 units, one input and one output, drawn after
    /// `np.random.seed(0)` as W0, W5, b0, b5, then (W_k, b_k) for k = 1…4.
    static func notebook72() -> Network {
        var rng = NumPyRandomState(seed: 0)
        let k = 5
        let d = 6
        var layers = [Layer](repeating: Layer(inputSize: 1, outputSize: 1), count: k + 1)
        let w0 = normalMatrix(&rng, d, 1)
        let wK = normalMatrix(&rng, 1, d)
        let b0 = normalMatrix(&rng, d, 1).data
        let bK = normalMatrix(&rng, 1, 1).data
        layers[0] = Layer(weights: w0, biases: b0)
        layers[k] = Layer(weights: wK, biases: bK)
        for layer in 1..<k {
            let w = normalMatrix(&rng, d, d)
            layers[layer] = Layer(weights: w, biases: normalMatrix(&rng, d, 1).data)
        }
        return Network(layers: layers, activation: .relu)
    }

    /// Notebook 7.2's input and target.
    static let notebook72Input = 1.2
    static let notebook72Target = 20.0

    /// Notebook 7.3's `init_params(K, D, σ²)`: reseeds with 0, draws Ω_0 (D × 1), Ω_K (1 × D),
    /// then Ω_1 … Ω_{K−1}, each scaled by σ; biases zero. ReLU′(0) = 1 as in that notebook.
    static func notebook73(
        hiddenLayers k: Int, width d: Int, variance: Double,
        rng: inout NumPyRandomState
    ) -> Network {
        rng.seed(0)
        let sigma = variance.squareRoot()
        var weights = [Matrix](repeating: Matrix(rows: 0, cols: 0), count: k + 1)
        weights[0] = normalMatrix(&rng, d, 1, scale: sigma)
        weights[k] = normalMatrix(&rng, 1, d, scale: sigma)
        for layer in 1..<k { weights[layer] = normalMatrix(&rng, d, d, scale: sigma) }
        return Network(
            layers: weights.map { Layer(weights: $0, biases: [Double](repeating: 0, count: $0.rows)) },
            activation: .reluUnitSlopeAtZero)
    }

    /// Notebook 7.3's forward experiment: 1000 standard-normal inputs drawn after the
    /// parameters; the standard deviation of the activations h_1 … h_K over all units and inputs.
    static func forwardStds(hiddenLayers k: Int, width d: Int, variance: Double) -> [Double] {
        var rng = NumPyRandomState(seed: 0)
        let network = notebook73(hiddenLayers: k, width: d, variance: variance, rng: &rng)
        let x = Matrix(rows: 1, cols: 1000, data: rng.normal(count: 1000))
        let trace = network.forward(x)
        return (1...k).map { populationStd(trace.activations[$0].data) }
    }

    /// Notebook 7.3's backward experiment: 100 inputs drawn one at a time, target 0, least
    /// squares; the standard deviation of ∂ℓ/∂f_k over units and inputs, for k = K−1 down to 1.
    static func backwardStds(hiddenLayers k: Int, width d: Int, variance: Double) -> [Double] {
        var rng = NumPyRandomState(seed: 0)
        let network = notebook73(hiddenLayers: k, width: d, variance: variance, rng: &rng)
        var collected = [[Double]](repeating: [], count: k)
        for _ in 0..<100 {
            let x = Matrix(rows: 1, cols: 1, data: [rng.standardNormal()])
            let trace = network.forward(x)
            let gradients = network.backward(trace, outputGradient: 2 * trace.output)
            for layer in 1..<k { collected[layer] += gradients.preActivations[layer].data }
        }
        return stride(from: k - 1, through: 1, by: -1).map { populationStd(collected[$0]) }
    }
}
