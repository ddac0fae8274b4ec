import Testing

@testable import Neural

/// The single-precision passes (`sgemm`, `Float` activations and gradients) against the
/// double-precision ones, which are checked against `Network.forward`/`backward` and finite
/// differences. The stated tolerance: outputs and gradients agree to 10⁻⁵ of their scale, a
/// short training's losses and parameters to 10⁻⁴.
@Suite("Single precision")
struct SinglePrecisionTests {
    /// The largest |a − b| relative to the largest |b|.
    func relativeDifference(_ a: [Double], _ b: [Double]) -> Double {
        let scale = b.map(abs).max() ?? 0
        return zip(a, b).map { abs($0 - $1) }.max()! / max(scale, .leastNormalMagnitude)
    }

    @Test("Output and gradient agree with the double-precision passes", arguments: [Activation.relu, .tanh, .linear])
    func passesAgree(activation: Activation) {
        var rng = NumPyRandomState(seed: 11)
        let network = Network(
            sizes: [6, 9, 7, 3], activation: activation, initialization: .he, normal: { rng.normal() })
        let x = rng.matrix(6, 12)
        let labels = [0, 1, 2, 0, 1, 2, 2, 1, 0, 0, 1, 2]
        let batch = [11, 2, 5, 0, 3, 7, 9]
        let loss = CrossEntropy(reduction: .mean)
        let phi = network.parameters
        let double = BackpropagationWorkspace<Double>(network: network, capacity: 8)
        let single = BackpropagationWorkspace<Float>(network: network, capacity: 8)
        double.gather(x, columns: batch[...])
        single.gather(x, columns: batch[...])
        let expected = double.forward(phi, count: batch.count)
        let output = single.forward(phi, count: batch.count)
        #expect(relativeDifference(output.data, expected.data) < 1e-5)
        #expect(output.data != expected.data, "the passes must really round to Float")
        let target = labels.examples(batch)
        double.backward(phi, outputGradient: loss.gradient(output: expected, target: target), columns: 0..<batch.count)
        single.backward(phi, outputGradient: loss.gradient(output: output, target: target), columns: 0..<batch.count)
        #expect(relativeDifference(single.gradient, double.gradient) < 1e-5)
        // Columns read where they are (whole-set evaluation) are rounded on the way in as well.
        let columns = single.forward(phi, columns: 3..<11, of: x)
        #expect(relativeDifference(columns.data, double.forward(phi, columns: 3..<11, of: x).data) < 1e-5)
    }

    @Test("A short training follows the double-precision one, on one worker and on two")
    func trainingAgrees() throws {
        var rng = NumPyRandomState(seed: 5)
        let x = rng.matrix(20, 300)
        let labels = (0..<300).map { i in x[0, i] + x[1, i] > 0 ? (x[2, i] > 0 ? 0 : 1) : 2 }
        let data = Dataset(x: x, y: labels)
        let network = Network(sizes: [20, 30, 30, 3], initialization: .he, normal: { rng.normal() })
        for workers in [1, 2] {
            let trainer = Trainer(
                loss: CrossEntropy(reduction: .mean), optimizer: PyTorchMomentum(learningRate: 0.05, momentum: 0.9),
                batchSize: 50, epochs: 3, workers: workers)
            var double = network
            var shuffle = NumPyRandomState(seed: 1)
            let doubleHistory = try trainer.train(&double, on: data, random: &shuffle)
            var single = SinglePrecisionNetwork(network)
            shuffle = NumPyRandomState(seed: 1)
            let singleHistory = try trainer.train(&single, on: data, random: &shuffle)
            let losses = (singleHistory.epochs.map(\.trainLoss), doubleHistory.epochs.map(\.trainLoss))
            #expect(losses.0.count == 3 && relativeDifference(losses.0, losses.1) < 1e-4, "\(losses)")
            #expect(relativeDifference(single.parameters, double.parameters) < 1e-4)
            #expect(single.parameters != double.parameters)
            #expect(losses.1.last! < 0.8 * losses.1.first!, "the training itself must make progress")
        }
    }
}
