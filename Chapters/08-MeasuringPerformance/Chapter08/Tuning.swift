import Neural

/// Notebook 8.1's question made concrete: choosing the width and the learning rate of its
/// 40-w-w-10 network. MNIST-1D's 4000 training examples are split (a permutation drawn with seed 0)
/// into 3000 to train on and 1000 to validate on; the 1000 test examples are only measured. Every
/// configuration trains with SGD and momentum 0.9 (PyTorch's form) at a constant learning rate on
/// batches of 100, from He weights drawn with seed 0, so any two runs differ only in their settings.
struct Tuning: Sendable {
    let training: Dataset<[Int]>
    let validation: Dataset<[Int]>
    let test: Dataset<[Int]>

    /// The most epochs a configuration trains for: Hyperband's R.
    static let maximumEpochs = 27

    init() {
        let data = MeasuringPerformance.published
        var random = NumPyRandomState(seed: 0)
        let order = random.permutation(data.y.count)
        let (fit, held) = (order.prefix(3000), order.dropFirst(3000))
        training = Dataset(rows: fit.map { data.x[$0] }, labels: fit.map { data.y[$0] })
        validation = Dataset(rows: held.map { data.x[$0] }, labels: held.map { data.y[$0] })
        test = data.testSet
    }

    /// A configuration trained for some epochs, kept so that it can train on.
    struct Run: Sendable {
        let configuration: TuningConfiguration
        var network: Network
        var optimizer: PyTorchMomentum
        var random: NumPyRandomState
        var epochs = 0
        var validationError = 1.0
        var testError = 1.0

        init(_ configuration: TuningConfiguration) {
            self.configuration = configuration
            var random = NumPyRandomState(seed: 0)
            network = Network(
                sizes: [40, configuration.width, configuration.width, 10], initialization: .he,
                normal: { random.standardNormal() })
            optimizer = PyTorchMomentum(learningRate: configuration.learningRate, momentum: 0.9)
            self.random = random
        }
    }

    /// `run` trained on to `epochs` epochs in all, then measured on the validation and test sets.
    /// A run that diverges keeps an error of 100 %.
    func advance(_ run: Run, to epochs: Int) -> Run {
        var run = run
        var trainer = Trainer(
            loss: CrossEntropy(reduction: .mean), optimizer: run.optimizer, batchSize: 100, epochs: epochs,
            evaluation: .never, workers: 1)
        trainer.epochsDone = run.epochs
        do {
            _ = try trainer.train(&run.network, on: training, random: &run.random, optimizer: &run.optimizer)
            run.validationError = classificationError(output: run.network(validation.x), labels: validation.y)
            run.testError = classificationError(output: run.network(test.x), labels: test.y)
        } catch {
            (run.validationError, run.testError) = (1, 1)
        }
        run.epochs = epochs
        return run
    }

    /// Every run advanced to `epochs`, several at a time (each on one thread); the result does not
    /// depend on how many.
    func advance(_ runs: [Run], to epochs: Int, threads: Int, onFinished: @escaping @Sendable () -> Void) -> [Run] {
        // Widest first, so that no thread is left with a long run at the end.
        let order = runs.indices.sorted { runs[$0].configuration.width > runs[$1].configuration.width }
        let trained = IndependentRuns.map(order.count, threads: threads) { index in
            let run = advance(runs[order[index]], to: epochs)
            onFinished()
            return run
        }
        var results = runs
        for (position, index) in order.enumerated() { results[index] = trained[position] }
        return results
    }
}

/// A width and a learning rate of notebook 8.1's network.
struct TuningConfiguration: Hashable, Sendable {
    var width: Int
    var learningRate: Double
}
