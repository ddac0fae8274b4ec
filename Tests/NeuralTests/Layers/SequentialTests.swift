import Testing

@testable import Neural

/// A sequential model against the book's `Network`, and trained by the `Trainer`.
@Suite("Sequential models", .serialized)
struct SequentialTests {
    /// The same two-layer ReLU network both ways, with `Network`'s parameters copied over.
    private func twins() -> (Network, Sequential) {
        var rng = NumPyRandomState(seed: 3)
        let network = Network(sizes: [4, 7, 3], initialization: .he, normal: { rng.standardNormal() })
        var model = Sequential(input: .vector(4), [Linear(7), ActivationLayer(.relu), Linear(3)], random: &rng)
        model.parameters = network.parameters
        return (network, model)
    }

    @Test("Linear, ReLU, Linear computes eq. 4.15 and its backward pass like Network")
    func matchesNetwork() {
        let (network, model) = twins()
        var rng = NumPyRandomState(seed: 4)
        let x = rng.matrix(4, 9)
        #expect(close(model(x), network(x), rtol: 1e-13, atol: 1e-14))
        let labels = (0..<9).map { $0 % 3 }
        let passes = model.makePasses(workers: 1, capacity: 9)
        let output = passes.forward(model.parameters, columns: Array(0..<9), of: x, random: &rng)
        let gradient = passes.backward(
            model.parameters, outputGradient: CrossEntropy().gradient(output: output, target: labels))
        let expected = network.lossAndGradients(CrossEntropy(), input: x, target: labels).gradients.flattened
        #expect(close(gradient, expected, rtol: 1e-12, atol: 1e-14))
    }

    @Test("The trainer fits a small CNN to MNIST-1D; one and two workers agree to rounding")
    func trainsACNN() throws {
        let data = MNIST1D(config: MNIST1DConfig(numSamples: 600))
        func run(workers: Int) throws -> (TrainingHistory, Sequential) {
            var random = NumPyRandomState(seed: 1)
            var model = Sequential(
                input: .signal(length: 40),
                [
                    Conv1d(1, 8, kernel: 3, stride: 2), ActivationLayer(), Conv1d(8, 8, kernel: 3, stride: 2),
                    ActivationLayer(), Flatten(), Linear(10, initialization: .kaimingUniform(a: 0)),
                ], random: &random)
            let trainer = Trainer(
                loss: CrossEntropy(reduction: .mean), optimizer: PyTorchMomentum(learningRate: 0.1, momentum: 0.9),
                batchSize: 50, epochs: 15, workers: workers)
            let history = try trainer.train(&model, on: data.trainingSet, test: data.testSet, random: &random)
            return (history, model)
        }
        let (one, model) = try run(workers: 1)
        let (two, _) = try run(workers: 2)
        // Two workers regroup only the sums of the parameter gradients over examples.
        #expect(one.steps == two.steps)
        for (a, b) in zip(one.epochs, two.epochs) {
            #expect(close(a.trainLoss, b.trainLoss, rtol: 1e-9, atol: 0))
            #expect(close(try #require(a.testLoss), try #require(b.testLoss), rtol: 1e-9, atol: 0))
        }
        let first = try #require(one.epochs.first?.trainLoss)
        let last = try #require(one.final)
        #expect(last.trainLoss < 0.6 * first)
        #expect(try #require(last.trainError) < 0.5)
        #expect(model.parameterCount == 32 + 200 + 9 * 8 * 10 + 10)
    }

    @Test("Dropout: the inverted rule leaves inference alone, weight scaling multiplies by 1 − p")
    func dropoutRules() {
        var rng = NumPyRandomState(seed: 5)
        let x = rng.matrix(6, 4000)
        for rule in [Dropout.Rule.inverted, .weightScaling] {
            var model = Sequential(input: .vector(6), [Dropout(0.25, rule: rule)], random: &rng)
            let inference = model(x)
            #expect(close(inference, rule == .inverted ? x : x * 0.75, rtol: 1e-15))
            // Monte Carlo dropout: about a quarter of the values dropped, and on average the
            // inference output (the weight-scaling rule's justification).
            let sampled = model.output(x, mode: .monteCarlo, random: &rng)
            let dropped = sampled.data.filter { $0 == 0 }.count
            #expect(abs(Double(dropped) / Double(x.count) - 0.25) < 0.01)
            let survivors = zip(sampled.data, x.data).filter { $0.0 != 0 }
            #expect(survivors.allSatisfy { abs($0.0 - $0.1 * (rule == .inverted ? 4.0 / 3 : 1)) < 1e-12 })
            model.parameters = []
        }
    }

    @Test("Initialisations: He's variance, kaiming_uniform_'s and PyTorch's default bounds")
    func initializations() {
        var rng = NumPyRandomState(seed: 6)
        let fanIn = 50
        let he = WeightInitialization.normal(.he).draw(
            weights: 20000, biases: 5, fanIn: fanIn, fanOut: 400, random: &rng)
        let heVariance = he.prefix(20000).reduce(0) { $0 + $1 * $1 } / 20000
        #expect(abs(heVariance - 2.0 / 50) < 0.002 && he.suffix(5) == [0, 0, 0, 0, 0])
        let uniform = WeightInitialization.kaimingUniform(a: 0).draw(
            weights: 20000, biases: 5, fanIn: fanIn, fanOut: 400, random: &rng)
        let bound = (6.0 / 50).squareRoot()
        #expect(
            uniform.prefix(20000).allSatisfy { abs($0) <= bound }
                && uniform.prefix(20000).contains { abs($0) > 0.95 * bound })
        #expect(uniform.suffix(5) == [0, 0, 0, 0, 0])
        let standard = WeightInitialization.pytorchDefault.draw(
            weights: 20000, biases: 500, fanIn: fanIn, fanOut: 400, random: &rng)
        let small = 1 / 50.0.squareRoot()
        #expect(standard.allSatisfy { abs($0) <= small } && standard.suffix(500).contains { abs($0) > 0.9 * small })
    }
}

/// Batch statistics and dropout masks see the whole batch however many workers share the rest.
@Suite("Sequential models with layers that couple the examples", .serialized)
struct SequentialCouplingTests {
    @Test("Batch normalization and dropout give the same step with one, two and three workers")
    func couplingLayersIgnoreTheSplit() throws {
        var rng = NumPyRandomState(seed: 8)
        let x = rng.matrix(6, 40)
        let labels = (0..<40).map { $0 % 3 }
        func step(workers: Int) throws -> (Sequential, [Double]) {
            var random = NumPyRandomState(seed: 2)
            var model = Sequential(
                input: .vector(6),
                [Linear(8), BatchNormalization(), ActivationLayer(), Dropout(0.3), Linear(3)], random: &random)
            let trainer = Trainer(
                loss: CrossEntropy(reduction: .mean), optimizer: GradientDescent(learningRate: 0.1), batchSize: 20,
                epochs: 2, evaluation: .never, workers: workers)
            var losses: [Double] = []
            _ = try trainer.train(
                &model, on: Dataset(x: x, y: labels), random: &random, onStep: { losses.append($0.batchLoss) })
            return (model, losses)
        }
        let (one, lossesOne) = try step(workers: 1)
        for workers in [2, 3] {
            let (other, losses) = try step(workers: workers)
            #expect(close(losses, lossesOne, rtol: 1e-12, atol: 0))
            #expect(close(other.parameters, one.parameters, rtol: 1e-11, atol: 1e-13))
            #expect(close(other.state, one.state, rtol: 1e-11, atol: 1e-13))
        }
        #expect(one.state != Sequential(input: .vector(6), [Linear(8), BatchNormalization()], random: &rng).state)
    }
}
