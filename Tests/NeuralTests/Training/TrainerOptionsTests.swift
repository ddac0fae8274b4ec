import Foundation
import Testing

@testable import Neural

/// Full-batch runs, step callbacks, evaluation on request and frozen layers, each against a plain
/// loop over `Network.lossAndGradients` written out here.
@Suite("Training loop options", .serialized)
struct TrainerOptionsTests {
    private func regression() -> (Network, Dataset<Matrix>) {
        var rng = NumPyRandomState(seed: 21)
        let network = Network(sizes: [1, 5, 1], activation: .tanh, initialization: .glorot, normal: { rng.normal() })
        let x = Matrix(row: (0..<12).map { Double($0) / 6 - 1 })
        return (network, Dataset(x: x, y: x.map { sin(3 * $0) }))
    }

    @Test("Full batch: one step per epoch on all examples, and nothing drawn from the generator")
    func fullBatch() throws {
        let (start, data) = regression()
        let trainer = Trainer(
            loss: LeastSquares(), optimizer: Adam(learningRate: 0.05), batchSize: nil, epochs: 30,
            schedule: StepDecay(initialRate: 0.05, factor: 0.5, period: 10), workers: 2)
        var trained = start
        var random = NumPyRandomState(seed: 8)
        let history = try trainer.train(&trained, on: data, random: &random)
        #expect(history.steps == 30 && history.epochs.count == 30)
        var untouched = NumPyRandomState(seed: 8)
        #expect(random.standardNormal() == untouched.standardNormal())

        var plain = start
        var adam = Adam(learningRate: 0.05)
        for step in 0..<30 {
            adam.learningRate = 0.05 * pow(0.5, Double(step / 10))
            adam.step(&plain) { $0.lossAndGradients(LeastSquares(), input: data.x, target: data.y).gradients }
        }
        #expect(close(trained.parameters, plain.parameters, rtol: 1e-10, atol: 1e-12))
        let loss = LeastSquares().value(output: plain(data.x), target: data.y)
        #expect(close(try #require(history.final?.trainLoss), loss, rtol: 1e-10))
    }

    @Test("onStep sees every step: the batch loss before the update and the parameters after it")
    func stepRecords() throws {
        let (start, data) = regression()
        let trainer = Trainer(
            loss: LeastSquares(), optimizer: GradientDescent(learningRate: 0.01), batchSize: 5, epochs: 2,
            evaluation: .never, workers: 1)
        var trained = start
        var random = NumPyRandomState(seed: 2)
        var steps: [StepRecord] = []
        let history = try trainer.train(&trained, on: data, random: &random, onStep: { steps.append($0) })
        #expect(history.epochs.isEmpty && history.steps == 6)
        #expect(steps.map(\.step) == Array(1...6) && steps.map(\.epoch) == [1, 1, 1, 2, 2, 2])
        #expect(steps.last?.parameters == trained.parameters)

        var plain = start
        var descent = GradientDescent(learningRate: 0.01)
        var reference = NumPyRandomState(seed: 2)
        var index = 0
        for _ in 0..<2 {
            for batch in minibatches(reference.permutation(12), size: 5) {
                let (x, y) = (data.x.columns(batch), data.y.columns(batch))
                #expect(close(steps[index].batchLoss, LeastSquares().value(output: plain(x), target: y), rtol: 1e-12))
                descent.step(&plain) { $0.lossAndGradients(LeastSquares(), input: x, target: y).gradients }
                #expect(close(steps[index].parameters, plain.parameters, rtol: 1e-12, atol: 1e-14))
                index += 1
            }
        }
    }

    @Test(
        "Evaluation only on the epochs asked for",
        arguments: [
            (Evaluation.everyEpoch, [1, 2, 3, 4, 5, 6, 7]), (.every(3), [3, 6, 7]), (.atEnd, [7]), (.never, []),
        ])
    func evaluation(_ evaluation: Evaluation, measured: [Int]) throws {
        let (start, data) = regression()
        let trainer = Trainer(
            loss: LeastSquares(), optimizer: GradientDescent(learningRate: 0.01), batchSize: 4, epochs: 7,
            evaluation: evaluation)
        var network = start
        var random = NumPyRandomState(seed: 3)
        var seen: [Int] = []
        let history = try trainer.train(&network, on: data, test: data, random: &random) { seen.append($0.epoch) }
        #expect(history.epochs.map(\.epoch) == measured && seen == measured)
        #expect(history.steps == 21)
    }

    @Test("A frozen layer keeps its parameters; the others learn")
    func frozenLayer() throws {
        let (start, data) = regression()
        let first = start.parameterRange(layer: 0)
        #expect(first == 0..<10 && start.parameterRange(layer: 1) == 10..<16)
        let trainer = Trainer(
            loss: LeastSquares(), optimizer: Adam(learningRate: 0.02), batchSize: nil, epochs: 20,
            evaluation: .atEnd, frozen: [first])
        var network = start
        var random = NumPyRandomState(seed: 0)
        _ = try trainer.train(&network, on: data, random: &random)
        #expect(network.layers[0] == start.layers[0])
        #expect(network.layers[1] != start.layers[1])
    }

    @Test("Without evaluation a diverging run still stops with TrainingError.diverged")
    func divergenceWithoutEvaluation() {
        let (start, data) = regression()
        let trainer = Trainer(
            loss: LeastSquares(), optimizer: GradientDescent(learningRate: 1e6), batchSize: 3, epochs: 500,
            evaluation: .never)
        var network = start
        var random = NumPyRandomState(seed: 1)
        #expect {
            _ = try trainer.train(&network, on: data, random: &random)
        } throws: { error in
            guard case .diverged(let epoch, _) = error as? TrainingError else { return false }
            return epoch < 500
        }
        #expect(network == start)
    }
}
