import Testing

@testable import Neural

/// Backpropagation (eqs. 7.23–7.25) checked against central finite differences of the loss.
@Suite("Backpropagation")
struct BackpropagationTests {
    static func setup(activation: Activation) -> (Network, Matrix) {
        var rng = NumPyRandomState(seed: 2024)
        var network = Network(
            sizes: [3, 4, 5, 3], activation: activation,
            initialization: .he, normal: { rng.normal() })
        for k in network.layers.indices {
            network.layers[k].biases = network.layers[k].biases.map { _ in rng.normal() * 0.5 }
        }
        return (network, rng.matrix(3, 4, in: -2...2))
    }

    static func checkParameterGradients<L: Loss>(
        _ network: Network, _ x: Matrix, _ loss: L, _ target: L.Target
    ) -> Bool {
        let gradients = network.lossAndGradients(loss, input: x, target: target).gradients
        let phi = Matrix(row: network.parameters)
        let numeric = numericalGradient(
            of: { p in
                var probe = network
                probe.parameters = p.data
                return loss.value(output: probe(x), target: target)
            }, at: phi)
        return close(gradients.flattened, numeric.data, rtol: 1e-5, atol: 1e-7)
    }

    @Test("Least squares: ∂L/∂Ω_k and ∂L/∂β_k", arguments: [Activation.relu, .tanh, .gelu])
    func leastSquares(activation: Activation) {
        let (network, x) = Self.setup(activation: activation)
        var rng = NumPyRandomState(seed: 5)
        let y = rng.matrix(3, 4)
        #expect(Self.checkParameterGradients(network, x, LeastSquares(), y))
    }

    @Test("Cross-entropy: ∂L/∂Ω_k and ∂L/∂β_k", arguments: [Activation.relu, .sigmoid])
    func crossEntropy(activation: Activation) {
        let (network, x) = Self.setup(activation: activation)
        #expect(Self.checkParameterGradients(network, x, CrossEntropy(), [2, 0, 1, 2]))
    }

    @Test("Per-layer gradients have the parameters' shapes and β gradients sum dℓ/df")
    func shapes() {
        let (network, x) = Self.setup(activation: .relu)
        let trace = network.forward(x)
        let g = network.backward(trace, outputGradient: Matrix(rows: 3, cols: 4, repeating: 1))
        for k in network.layers.indices {
            #expect(g.weights[k].shape == network.layers[k].weights.shape)
            #expect(g.biases[k] == g.preActivations[k].rowSums())
        }
        #expect(g.biases[2] == [4, 4, 4])
    }

    @Test("Input gradient ∂ℓ/∂x matches finite differences")
    func inputGradient() {
        let (network, x) = Self.setup(activation: .tanh)
        let loss = LeastSquares()
        let y = Matrix(rows: 3, cols: 4, repeating: 0.5)
        let analytic = network.lossAndGradients(loss, input: x, target: y).gradients.input
        let numeric = numericalGradient(of: { loss.value(output: network($0), target: y) }, at: x)
        #expect(close(analytic, numeric, rtol: 1e-5, atol: 1e-7))
    }
}
