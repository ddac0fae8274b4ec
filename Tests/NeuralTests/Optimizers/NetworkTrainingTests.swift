import Testing

@testable import Neural

@Suite("Training a network with the flat-vector optimisers")
struct NetworkTrainingTests {
    @Test("Stepping a network equals stepping its flat parameter vector")
    func networkStepMatchesFlat() {
        var rng = NumPyRandomState(seed: 42)
        var network = Network(sizes: [2, 3, 1], initialization: .he, normal: { rng.normal() })
        let x = rng.matrix(2, 5)
        let y = rng.matrix(1, 5)
        let loss = LeastSquares()
        var phi = network.parameters
        let expectedGradient = network.lossAndGradients(loss, input: x, target: y).gradients.flattened
        phi.add(expectedGradient, scaledBy: -0.01)
        var optimizer = GradientDescent(learningRate: 0.01)
        optimizer.step(&network) { $0.lossAndGradients(loss, input: x, target: y).gradients }
        #expect(close(network.parameters, phi, rtol: 1e-14))
    }

    @Test("Adam with minibatches fits a small regression problem")
    func adamTrains() {
        var rng = NumPyRandomState(seed: 1)
        var network = Network(sizes: [1, 8, 1], activation: .tanh, initialization: .glorot, normal: { rng.normal() })
        let x = Matrix(row: (0..<16).map { Double($0) / 8 - 1 })
        let y = x.map { $0 * $0 }
        let loss = LeastSquares()
        let initial = loss.value(output: network(x), target: y)
        var optimizer = Adam(learningRate: 0.02)
        for _ in 0..<150 {
            for batch in minibatches(Array(0..<16).shuffled(using: &rng), size: 4) {
                let (bx, by) = (x.columns(batch), y.columns(batch))
                optimizer.step(&network) { $0.lossAndGradients(loss, input: bx, target: by).gradients }
            }
        }
        #expect(loss.value(output: network(x), target: y) < initial / 20)
    }
}
