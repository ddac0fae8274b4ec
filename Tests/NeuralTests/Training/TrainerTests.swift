import Testing

@testable import Neural

/// XOR: four points, two classes, not linearly separable.
private let xor = Dataset(x: Matrix([[0, 0, 1, 1], [0, 1, 0, 1]]), y: [0, 1, 1, 0])

/// Records the targets of every minibatch the trainer differentiates on.
private final class BatchLog: @unchecked Sendable {
    var batches: [[Int]] = []
}

/// A loss whose gradient is zero and which logs the example indices stored in its targets.
private struct RecordingLoss: Loss {
    let log: BatchLog
    func value(output: Matrix, target: Matrix) -> Double { 0 }
    func gradient(output: Matrix, target: Matrix) -> Matrix {
        log.batches.append(target.data.map { Int($0) })
        return Matrix(rows: output.rows, cols: output.cols)
    }
}

/// Serialised because the tests with several workers set OpenBLAS's thread count.
@Suite("Training loop", .serialized)
struct TrainerTests {
    private func smallRegression() -> (Network, Dataset<Matrix>) {
        var rng = NumPyRandomState(seed: 11)
        let network = Network(sizes: [1, 6, 1], activation: .tanh, initialization: .glorot, normal: { rng.normal() })
        let x = Matrix(row: (0..<20).map { Double($0) / 10 - 1 })
        return (network, Dataset(x: x, y: x.map { $0 * $0 - 0.5 }))
    }

    @Test("The same seed gives bit-identical histories and parameters", arguments: [1, 2, 3])
    func determinism(workers: Int) throws {
        let (start, data) = smallRegression()
        let trainer = Trainer(
            loss: LeastSquares(), optimizer: PyTorchMomentum(learningRate: 0.01, momentum: 0.9),
            batchSize: 3, epochs: 8, schedule: StepDecay(initialRate: 0.01, factor: 0.5, period: 3),
            workers: workers)
        var (a, b) = (start, start)
        var randomA = NumPyRandomState(seed: 5)
        var randomB = NumPyRandomState(seed: 5)
        let historyA = try trainer.train(&a, on: data, test: data, random: &randomA)
        let historyB = try trainer.train(&b, on: data, test: data, random: &randomB)
        #expect(historyA == historyB)
        #expect(a.parameters == b.parameters)
        #expect(historyA.epochs.count == 8 && historyA.steps == 8 * 7)
        var randomC = NumPyRandomState(seed: 6)
        var c = start
        #expect(try trainer.train(&c, on: data, random: &randomC).final?.trainLoss != historyA.final?.trainLoss)
    }

    @Test(
        "Same steps as a plain loop over Network.lossAndGradients and the network step API",
        arguments: [1, 2, 4])
    func matchesPlainLoop(workers: Int) throws {
        let (start, data) = smallRegression()
        let schedule = StepDecay(initialRate: 0.02, factor: 0.5, period: 2)
        let trainer = Trainer(
            loss: LeastSquares(), optimizer: PyTorchMomentum(learningRate: 1, momentum: 0.9),
            batchSize: 6, epochs: 5, schedule: schedule, workers: workers)
        var trained = start
        var random = NumPyRandomState(seed: 3)
        _ = try trainer.train(&trained, on: data, random: &random)

        var plain = start
        var optimizer = PyTorchMomentum(learningRate: 1, momentum: 0.9)
        var reference = NumPyRandomState(seed: 3)
        for epoch in 0..<5 {
            optimizer.learningRate = schedule.rate(at: epoch)
            for batch in minibatches(reference.permutation(20), size: 6) {
                let (x, y) = (data.x.columns(batch), data.y.columns(batch))
                optimizer.step(&plain) { $0.lossAndGradients(LeastSquares(), input: x, target: y).gradients }
            }
        }
        #expect(close(trained.parameters, plain.parameters, rtol: 1e-12, atol: 1e-14))
    }

    @Test("XOR reaches near-zero training loss and no errors")
    func fitsXOR() throws {
        var random = NumPyRandomState(seed: 0)
        var network = Network(sizes: [2, 16, 2], initialization: .he, normal: { random.standardNormal() })
        let trainer = Trainer(
            loss: CrossEntropy(reduction: .mean),
            optimizer: PyTorchMomentum(learningRate: 0.1, momentum: 0.9),
            batchSize: 2, epochs: 300)
        let history = try trainer.train(&network, on: xor, random: &random)
        let final = try #require(history.final)
        #expect(final.trainLoss < 1e-3)
        #expect(final.trainError == 0)
        #expect(history.epochs[0].trainLoss > 100 * final.trainLoss)
    }

    @Test("A huge learning rate throws TrainingError.diverged instead of returning NaNs")
    func divergence() {
        let (start, data) = smallRegression()
        let trainer = Trainer(
            loss: LeastSquares(), optimizer: GradientDescent(learningRate: 1e4),
            batchSize: 5, epochs: 200)
        var network = start
        var random = NumPyRandomState(seed: 1)
        do {
            _ = try trainer.train(&network, on: data, random: &random)
            Issue.record("training with learning rate 1e4 should diverge")
        } catch let error as TrainingError {
            guard case let .diverged(epoch, loss) = error else { return }
            #expect(epoch >= 1 && epoch <= 200)
            #expect(!loss.isFinite)
            #expect(error.description.hasPrefix("training diverged in epoch \(epoch)"))
            #expect(!error.description.contains("\n"))
            #expect(network == start)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("The reported error is the hand-counted share of misclassified examples")
    func errorAgainstHandCount() throws {
        // An identity network predicts the class of the larger input coordinate.
        var network = Network(layers: [Layer(weights: .identity(2), biases: [0, 0])])
        let x = Matrix([[3, 1, 0, 2, 5, -1], [1, 2, 4, 0, 6, -2]])
        // Predictions 0, 1, 1, 0, 1, 0; labels below make columns 1, 3 and 4 wrong: 3 of 6.
        let training = Dataset(x: x, y: [0, 0, 1, 1, 0, 0])
        // Test: predictions 0, 1 against labels 0, 0: 1 of 2 wrong.
        let test = Dataset(x: Matrix([[2, 0], [1, 1]]), y: [0, 0])
        let trainer = Trainer(
            loss: CrossEntropy(), optimizer: GradientDescent(learningRate: 0),
            batchSize: 4, epochs: 1)
        var random = NumPyRandomState(seed: 0)
        var seen: [EpochRecord] = []
        let history = try trainer.train(&network, on: training, test: test, random: &random) { seen.append($0) }
        #expect(history.final?.trainError == 0.5)
        #expect(history.final?.testError == 0.5)
        #expect(seen == history.epochs)
        // Loss of the whole set with the loss's reduction (sum): Σ logSumExp(f_i) − f_{y_i}.
        let expected = zip(0..<6, training.y).reduce(0.0) { total, pair in
            total + logSumExp(x.column(pair.0)) - x[pair.1, pair.0]
        }
        #expect(close(try #require(history.final?.trainLoss), expected, rtol: 1e-14))
    }

    @Test("Every example is used exactly once per epoch, in a new order each epoch")
    func minibatchCoverage() throws {
        let log = BatchLog()
        let count = 23
        let data = Dataset(x: Matrix(rows: 1, cols: count), y: Matrix(row: (0..<count).map(Double.init)))
        let trainer = Trainer(
            loss: RecordingLoss(log: log), optimizer: GradientDescent(learningRate: 0.1),
            batchSize: 5, epochs: 3)
        var network = Network(sizes: [1, 1])
        var random = NumPyRandomState(seed: 9)
        let history = try trainer.train(&network, on: data, random: &random)
        #expect(history.steps == 15)
        #expect(log.batches.map(\.count) == Array(repeating: [5, 5, 5, 5, 3], count: 3).flatMap { $0 })
        let epochs = (0..<3).map { Array(log.batches[(5 * $0)..<(5 * $0 + 5)].joined()) }
        for order in epochs { #expect(order.sorted() == Array(0..<count)) }
        #expect(epochs[0] != epochs[1] && epochs[1] != epochs[2])
    }

    @Test("The step-decay schedule sets each epoch's learning rate")
    func schedule() throws {
        let (start, data) = smallRegression()
        let trainer = Trainer(
            loss: LeastSquares(), optimizer: GradientDescent(learningRate: 1),
            batchSize: 20, epochs: 5, schedule: StepDecay(initialRate: 0.05, factor: 0.5, period: 2))
        var network = start
        var random = NumPyRandomState(seed: 0)
        let rates = try trainer.train(&network, on: data, random: &random).epochs.map(\.learningRate)
        #expect(rates == [0.05, 0.05, 0.025, 0.025, 0.0125])
    }

    @Test("Two workers give the one-worker history up to rounding, for a mean-reduced loss")
    func workersAgree() throws {
        // 300 random points in 8 dimensions labelled by their largest of the first three
        // coordinates; batches of 50 are split 25 + 25, and the mean must still divide by 50.
        var rng = NumPyRandomState(seed: 17)
        let x = rng.matrix(8, 300)
        let labels = (0..<300).map { j in (0..<3).max { x[$0, j] < x[$1, j] }! }
        let (training, test) = (
            Dataset(x: x.columns(Array(0..<250)), y: Array(labels[0..<250])),
            Dataset(x: x.columns(Array(250..<300)), y: Array(labels[250..<300]))
        )
        let start = Network(sizes: [8, 30, 3], initialization: .he, normal: { rng.normal() })
        func history(workers: Int) throws -> TrainingHistory {
            var random = NumPyRandomState(seed: 4)
            var network = start
            let trainer = Trainer(
                loss: CrossEntropy(reduction: .mean),
                optimizer: PyTorchMomentum(learningRate: 0.1, momentum: 0.9),
                batchSize: 50, epochs: 5, workers: workers)
            return try trainer.train(&network, on: training, test: test, random: &random)
        }
        let one = try history(workers: 1)
        let two = try history(workers: 2)
        #expect(one.steps == two.steps)
        for (a, b) in zip(one.epochs, two.epochs) {
            #expect(close(a.trainLoss, b.trainLoss, rtol: 1e-12, atol: 0))
            #expect(close(try #require(a.testLoss), try #require(b.testLoss), rtol: 1e-12, atol: 0))
            #expect(a.trainError == b.trainError && a.testError == b.testError)
        }
        #expect(one.epochs[4].trainLoss < 0.7 * one.epochs[0].trainLoss)
    }

    @Test("Several workers run OpenBLAS on one thread and restore its count afterwards")
    func blasThreads() {
        let before = BLAS.threads
        #expect(BLASThreadPolicy.run(workers: 2) { BLASThreadPolicy.run(workers: 3) { BLAS.threads } } == 1)
        #expect(BLAS.threads == before)
        #expect(BLASThreadPolicy.run(workers: 1) { BLAS.threads } == before)
    }
}
