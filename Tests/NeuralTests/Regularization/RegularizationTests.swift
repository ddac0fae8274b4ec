import Foundation
import Testing

@testable import Neural

/// A loss with no data term, so only a penalty or weight decay moves the parameters.
private struct ZeroLoss: Loss {
    func value(output: Matrix, target: Matrix) -> Double { 0 }
    func gradient(output: Matrix, target: Matrix) -> Matrix { Matrix(rows: output.rows, cols: output.cols) }
}

@Suite("Regularization", .serialized)
struct RegularizationTests {
    private func network() -> (Network, Dataset<Matrix>) {
        var rng = NumPyRandomState(seed: 12)
        var network = Network(sizes: [2, 3, 1], initialization: .he, normal: { rng.standardNormal() })
        network.layers[0].biases = [0.5, -0.25, 1]
        network.layers[1].biases = [2]
        return (network, Dataset(x: rng.matrix(2, 4), y: rng.matrix(1, 4)))
    }

    @Test(
        "Penalties and their derivatives against finite differences",
        arguments: [Penalty.l2(0.3), .l1(0.2), .lp(0.5, p: 1.5)])
    func penaltyGradient(_ penalty: Penalty) {
        let w = [0.7, -1.2, 0.05, 2.0]
        let numeric = FiniteDifferences.gradient({ penalty.value($0) }, at: w)
        #expect(close(w.map(penalty.derivative), numeric, rtol: 1e-6, atol: 1e-8))
        #expect(penalty.value([-2.0]) == penalty.value([2.0]))
    }

    @Test("One step under a penalty alone: L2 shrinks the weights by 1 − 2αλ, L1 moves them by αλ; biases stay")
    func penaltyActsOnWeightsOnly() throws {
        let (start, data) = network()
        for penalty in [Penalty.l2(0.1), .l1(0.1)] {
            var trained = start
            var random = NumPyRandomState(seed: 0)
            let trainer = Trainer(
                loss: ZeroLoss(), optimizer: GradientDescent(learningRate: 0.5), batchSize: nil, epochs: 1,
                evaluation: .never, penalty: penalty)
            _ = try trainer.train(&trained, on: data, random: &random)
            for k in 0..<2 {
                #expect(trained.layers[k].biases == start.layers[k].biases)
                let expected = start.layers[k].weights.map {
                    penalty == .l2(0.1) ? $0 * (1 - 2 * 0.5 * 0.1) : $0 - 0.5 * 0.1 * ($0 > 0 ? 1 : -1)
                }
                #expect(close(trained.layers[k].weights, expected, rtol: 1e-15))
            }
        }
    }

    @Test("Weight decay (eq. 9.13) on the weights only: φ ← (1 − αλ)φ")
    func weightDecayOnWeights() throws {
        let (start, data) = network()
        var trained = start
        var random = NumPyRandomState(seed: 0)
        let trainer = Trainer(
            loss: ZeroLoss(),
            optimizer: WeightDecay(GradientDescent(learningRate: 0.5), decay: 0.2, ranges: start.weightRanges),
            batchSize: nil, epochs: 2, evaluation: .never)
        _ = try trainer.train(&trained, on: data, random: &random)
        for k in 0..<2 {
            #expect(trained.layers[k].biases == start.layers[k].biases)
            #expect(close(trained.layers[k].weights, start.layers[k].weights * 0.81, rtol: 1e-15))
        }
    }

    @Test("AdamW: three steps as PyTorch's AdamW(lr 0.1, weight_decay 0.5) takes them")
    func adamWMatchesPyTorch() throws {
        var random = NumPyRandomState(seed: 0)
        var model = Sequential(input: .vector(3), [Linear(2)], random: &random)
        model.parameters = PyTorchParityTests.wave(6, 0.23, 0.4, cosine: true) + PyTorchParityTests.wave(2, 0.5, 0.2)
        let data = Dataset(
            x: PyTorchParityTests.batch(PyTorchParityTests.wave(15, 0.37, 0.1), examples: 5),
            y: PyTorchParityTests.batch(PyTorchParityTests.wave(10, 0.19, 0.3, cosine: true), examples: 5))
        let trainer = Trainer(
            loss: LeastSquares(reduction: .mean), optimizer: WeightDecay(Adam.pytorch(learningRate: 0.1), decay: 0.5),
            batchSize: nil, epochs: 3, evaluation: .never, workers: 1)
        _ = try trainer.train(&model, on: data, random: &random)
        #expect(close(model.parameters, TorchValues.adamWParameters, rtol: 1e-12, atol: 1e-14))
    }

    @Test("Label smoothing 0.2: loss and gradient as PyTorch's cross_entropy computes them")
    func labelSmoothing() {
        let logits = PyTorchParityTests.batch(PyTorchParityTests.wave(20, 0.37, 0.1), examples: 4)
        let loss = CrossEntropy(reduction: .mean, labelSmoothing: 0.2)
        let labels = [1, 4, 0, 2]
        #expect(abs(loss.value(output: logits, target: labels) - TorchValues.labelSmoothingLoss) < 1e-14)
        let gradient = PyTorchParityTests.torchOrder(loss.gradient(output: logits, target: labels))
        #expect(close(gradient, TorchValues.labelSmoothingGradient, rtol: 1e-12, atol: 1e-15))
        let numeric = FiniteDifferences.gradient(
            { loss.value(output: Matrix(rows: 5, cols: 4, data: $0), target: labels) }, at: logits.data)
        #expect(close(loss.gradient(output: logits, target: labels).data, numeric, rtol: 1e-6, atol: 1e-9))
    }

    @Test("Early stopping keeps the epoch with the lowest validation loss and stops `patience` epochs later")
    func earlyStopping() throws {
        // Twelve noisy points and a wide network: the validation loss turns up as it overfits.
        var rng = NumPyRandomState(seed: 3)
        let x = Matrix(row: linspace(-1, 1, 12))
        let training = Dataset(x: x, y: x.map { sin(3 * $0) } + rng.matrix(1, 12, in: -0.4...0.4))
        let validationX = Matrix(row: linspace(-0.95, 0.95, 40))
        let validation = Dataset(x: validationX, y: validationX.map { sin(3 * $0) })
        var model = Network(sizes: [1, 40, 40, 1], initialization: .he, normal: { rng.standardNormal() })
        let trainer = Trainer(
            loss: LeastSquares(), optimizer: Adam(learningRate: 0.01), batchSize: nil, epochs: 3000,
            evaluation: .never, earlyStopping: EarlyStopping(patience: 50))
        var random = NumPyRandomState(seed: 0)
        let history = try trainer.train(&model, on: training, validation: validation, random: &random)
        let losses = history.epochs.map { $0.validationLoss! }
        let best = try #require(history.bestEpoch)
        #expect(history.epochs.count < 3000, "the validation loss never turned up")
        #expect(losses[best - 1] == losses.min())
        #expect(history.epochs.count == best + 50)
        #expect(
            close(LeastSquares().value(output: model(validation.x), target: validation.y), losses.min()!, rtol: 1e-12))
    }

    @Test("Ensembles average, take medians or average probabilities; a bootstrap leaves out about 1/e")
    func ensemblesAndBagging() {
        let members = [[1.0, 5.0], [2.0, -1.0], [6.0, 0.0]].map { biases in
            Network(layers: [Layer(weights: Matrix(rows: 2, cols: 1), biases: biases)])
        }
        let ensemble = Ensemble(members)
        let x = Matrix([[0.0]])
        #expect(ensemble(x, combining: .meanOutput).data == [3, 4.0 / 3])
        #expect(ensemble(x, combining: .medianOutput).data == [2, 0])
        let probabilities = ensemble(x, combining: .meanProbability).data
        let each: [[Double]] = members.map { softmax($0([0.0])) }
        let expected = [0, 1].map { k in each.reduce(0.0) { $0 + $1[k] } / 3 }
        #expect(close(probabilities, expected, rtol: 1e-15))

        var rng = NumPyRandomState(seed: 4)
        let data = Dataset(x: Matrix(row: (0..<20000).map(Double.init)), y: (0..<20000).map { $0 % 7 })
        let sample = data.bootstrap(random: &rng)
        #expect(sample.count == 20000)
        #expect(zip(sample.x.data, sample.y).allSatisfy { Int($0) % 7 == $1 })
        let leftOut = 1 - Double(Set(sample.x.data).count) / 20000
        #expect(abs(leftOut - exp(-1)) < 0.01)
    }

    @Test("Input noise: gradient passes through, inference is the identity, training adds σ-sized noise")
    func inputNoise() {
        var rng = NumPyRandomState(seed: 9)
        let x = rng.matrix(4, 5000)
        let model = Sequential(input: .vector(4), [InputNoise(sigma: 0.3)], random: &rng)
        #expect(model(x) == x)
        let noisy = model.output(x, mode: .training, random: &rng)
        let noise = zip(noisy.data, x.data).map { $0 - $1 }
        let sd = (noise.reduce(0) { $0 + $1 * $1 } / Double(noise.count)).squareRoot()
        #expect(abs(sd - 0.3) < 0.01)
    }
}
