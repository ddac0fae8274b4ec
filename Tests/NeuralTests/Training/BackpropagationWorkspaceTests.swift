import Testing

@testable import Neural

@Suite("Preallocated forward and backward passes")
struct BackpropagationWorkspaceTests {
    /// The workspace must give the same output and gradient as `Network.forward`/`backward`,
    /// which are themselves checked against finite differences.
    @Test("Output and gradient equal Network.lossAndGradients", arguments: [Activation.relu, .tanh, .linear])
    func matchesNetwork(activation: Activation) {
        var rng = NumPyRandomState(seed: 7)
        // Odd sizes so the vectorised ReLU loops also run their scalar remainder.
        let network = Network(
            sizes: [3, 5, 7, 2], activation: activation, initialization: .he,
            normal: { rng.normal() })
        let x = rng.matrix(3, 9)
        let labels = [0, 1, 1, 0, 1, 0, 0, 1, 1]
        let batch = [8, 2, 5, 0, 3]
        let loss = CrossEntropy(reduction: .mean)
        let (bx, by) = (x.columns(batch), labels.examples(batch))
        let expected = network.lossAndGradients(loss, input: bx, target: by).gradients.flattened

        let workspace = BackpropagationWorkspace<Double>(network: network, capacity: 6)
        workspace.gather(x, columns: batch[...])
        let phi = network.parameters
        let output = workspace.forward(phi, count: batch.count)
        #expect(close(output, network(bx), rtol: 1e-13, atol: 1e-14))
        workspace.backward(phi, outputGradient: loss.gradient(output: output, target: by), columns: 0..<batch.count)
        #expect(close(workspace.gradient, expected, rtol: 1e-12, atol: 1e-14))
        // Columns 2..<6 of x read in place give columns 2..<6 of the network's output.
        #expect(
            close(
                workspace.forward(phi, columns: 2..<6, of: x), network(x.columns(Array(2..<6))),
                rtol: 1e-13, atol: 1e-14))
    }

    @Test("The gradient matches central finite differences")
    func finiteDifferences() {
        var rng = NumPyRandomState(seed: 3)
        let network = Network(
            sizes: [2, 4, 3], activation: .softplus, initialization: .glorot,
            normal: { rng.normal() })
        let x = rng.matrix(2, 5)
        let y = rng.matrix(3, 5)
        let loss = LeastSquares()
        let workspace = BackpropagationWorkspace<Double>(network: network, capacity: 5)
        workspace.gather(x, columns: [0, 1, 2, 3, 4])
        let phi = network.parameters
        let output = workspace.forward(phi, count: 5)
        workspace.backward(phi, outputGradient: loss.gradient(output: output, target: y), columns: 0..<5)
        let analytic = workspace.gradient
        let numeric = FiniteDifferences.gradient(
            { loss.value(output: workspace.forward($0, count: 5), target: y) }, at: phi)
        for i in phi.indices {
            #expect(close(analytic[i], numeric[i], rtol: 1e-5, atol: 1e-7), "parameter \(i)")
        }
    }
}
