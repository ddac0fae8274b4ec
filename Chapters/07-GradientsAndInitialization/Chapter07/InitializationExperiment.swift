import Neural

/// The experiment of figure 7.7: a ReLU network with 50 hidden layers of D_h = 100 units,
/// 100-dimensional standard-normal inputs, target y = 0, least squares, zero biases and
/// weights drawn from N(0, σ²_Ω).
///
/// The book leaves open the output size, the number of inputs and how variances are pooled.
/// Here: one output, a batch of 200 inputs, weights drawn layer by layer with
/// `Network.initialize` from `NumPyRandomState(seed: 0)` and the inputs after them, and each
/// variance taken over all units and all inputs of a layer.
enum InitializationExperiment {
    static let hiddenLayers = 50
    static let width = 100
    static let batch = 200
    /// The five weight variances of figure 7.7; 0.02 = 2/D_h is He initialisation (eq. 7.31).
    static let variances = [0.001, 0.01, 0.02, 0.1, 1.0]

    /// Per layer k = 1…50: the variance of the activations h_k in the forward pass and of the
    /// gradients ∂ℓ/∂f_{k−1} (the pre-activations feeding h_k) in the backward pass.
    struct Profile: Sendable {
        var variance: Double
        var forward: [Double]
        var backward: [Double]
    }

    static func profile(
        variance: Double, hiddenLayers: Int = hiddenLayers, width: Int = width,
        batch: Int = batch
    ) -> Profile {
        var rng = NumPyRandomState(seed: 0)
        let sizes = [width] + [Int](repeating: width, count: hiddenLayers) + [1]
        let network = Network(sizes: sizes, initialization: .variance(variance), normal: { rng.standardNormal() })
        let x = Matrix(rows: width, cols: batch, data: rng.normal(count: width * batch))
        let trace = network.forward(x)
        let gradients = network.backward(
            trace,
            outputGradient: LeastSquares().gradient(
                output: trace.output, target: Matrix(rows: 1, cols: batch)))
        return Profile(
            variance: variance,
            forward: (1...hiddenLayers).map { populationVariance(trace.activations[$0].data) },
            backward: (0..<hiddenLayers).map { populationVariance(gradients.preActivations[$0].data) })
    }

    /// The profiles for all five variances of figure 7.7.
    static func all() -> [Profile] { variances.map { profile(variance: $0) } }
}
