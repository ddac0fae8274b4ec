import Testing

@testable import Neural

@Suite("Network structure")
struct NetworkTests {
    @Test(
        "Parameter count Σ (D_k + 1)·D_{k+1}",
        arguments: [
            ([1, 3, 1], 10), ([2, 3, 1], 13), ([3, 3, 2], 20), ([10, 8, 1], 97),
            ([100, 500, 1], 51_001), ([40, 100, 100, 10], 15_210),
        ])
    func parameterCount(sizes: [Int], expected: Int) {
        let network = Network(sizes: sizes)
        #expect(network.parameterCount == expected)
        #expect(network.parameters.count == expected)
        #expect(network.sizes == sizes)
    }

    @Test("Notebook 3.1: the 1-3-1 ReLU network has least-squares loss 9.385")
    func notebook31() {
        let x = BookData.x20
        let y = BookData.y3_1
        let network = Network(layers: [
            Layer(weights: Matrix(column: [-1.0, 2.0, 0.65]), biases: [0.3, -1.0, -0.5]),
            Layer(weights: Matrix(row: [2.0, -1.0, 7.0]), biases: [-0.3]),
        ])
        let output = network(Matrix(row: x))
        let loss = LeastSquares().value(output: output, target: Matrix(row: y))
        #expect(abs(loss - 9.385) < 0.0005)
    }

    @Test("Forward trace stores f_k and h_k (eq. 7.23)")
    func forwardTrace() {
        var rng = NumPyRandomState(seed: 3)
        let network = Network(
            sizes: [2, 3, 4, 1], activation: .relu,
            initialization: .he, normal: { rng.normal() })
        let x = Matrix([[0.5, -1.0], [2.0, 0.25]])
        let trace = network.forward(x)
        #expect(trace.activations.count == 3 && trace.preActivations.count == 3)
        #expect(trace.activations[0] == x)
        #expect(trace.activations[1] == Activation.relu.apply(trace.preActivations[0]))
        #expect(
            trace.preActivations[1] == network.layers[1].weights * trace.activations[1]
                + Matrix(column: network.layers[1].biases) * Matrix(row: [1, 1]))
        #expect(trace.output == network(x))
        #expect(network(x.column(1)) == network(x).column(1))
    }

    @Test("Flat parameters round-trip in the documented order")
    func flatParameters() {
        var network = Network(sizes: [2, 2, 1])
        network.parameters = [1, 2, 3, 4, 5, 6, 7, 8, 9]
        #expect(network.layers[0].weights == Matrix([[1, 2], [3, 4]]))
        #expect(network.layers[0].biases == [5, 6])
        #expect(network.layers[1].weights == Matrix([[7, 8]]) && network.layers[1].biases == [9])
        #expect(network.parameters == [1, 2, 3, 4, 5, 6, 7, 8, 9])
    }

    @Test("He initialisation has variance 2/D_in and zero biases")
    func heVariance() {
        var rng = NumPyRandomState(seed: 11)
        var layer = Layer(inputSize: 400, outputSize: 200)
        layer.biases = [Double](repeating: 1, count: 200)
        layer.initialize(.he, normal: { rng.normal() })
        let w = layer.weights.data
        let mean = w.reduce(0, +) / Double(w.count)
        let variance = w.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(w.count)
        #expect(abs(mean) < 0.001)
        #expect(abs(variance / (2.0 / 400) - 1) < 0.03)
        #expect(layer.biases.allSatisfy { $0 == 0 })
    }

    @Test("Initialisation variances (eqs. 7.31–7.33)")
    func schemes() {
        #expect(Initialization.he.variance(inputSize: 50, outputSize: 10) == 0.04)
        #expect(Initialization.glorot.variance(inputSize: 30, outputSize: 10) == 0.05)
        #expect(Initialization.heAveraged.variance(inputSize: 30, outputSize: 10) == 0.1)
        #expect(Initialization.variance(0.3).variance(inputSize: 30, outputSize: 10) == 0.3)
    }
}
