import ArgumentParser
import Neural

/// The training recipes `udl bench` times, each as its notebook runs it on MNIST-1D (4000 training
/// and 1000 test examples, measured after every epoch, data generation not timed).
enum BenchRecipe: String, ExpressibleByArgument, CaseIterable {
    /// Notebook 8.1: MLP 40-100-100-10 (ReLU, He), cross-entropy (batch mean), SGD 0.05 with
    /// momentum 0.9 in PyTorch's form, the rate halved every 10 epochs, batch 100, 50 epochs.
    case mlp
    /// Notebook 10.2: three Conv1d(k 3, stride 2, valid) of 15 channels with ReLU, then
    /// Linear(60 → 10); PyTorch's default initialisation for the convolutions and
    /// `kaiming_uniform_` for the linear layer; SGD 0.05 momentum 0.9, halved every 20 epochs,
    /// batch 100, 100 epochs.
    case cnn
    /// Notebook 8.3's double-descent sweep (chapter 8): MLP 40-w-w-10 for each width,
    /// `kaiming_uniform_` weights, SGD 0.01 momentum 0.9, batch 100, on 4000 examples with
    /// 15 % of the labels randomized; widths run in parallel, one per thread. The default 20
    /// epochs per width are scaled to the notebook's 1000 for an estimate of the full sweep.
    case doubleDescent = "double-descent"

    var epochs: Int {
        switch self {
        case .mlp: 50
        case .cnn: 100
        case .doubleDescent: 20
        }
    }

    func summary(epochs: Int) -> String {
        switch self {
        case .mlp:
            """
            Notebook 8.1 recipe: MLP 40-100-100-10 (ReLU, He init), cross-entropy (batch mean),
            SGD lr 0.05 momentum 0.9 (PyTorch form), step decay ×0.5 every 10 epochs, batch 100,
            \(epochs) epochs, MNIST-1D 4000 train / 1000 test; data generation not timed
            """
        case .cnn:
            """
            Notebook 10.2 recipe: Conv1d 1→15→15→15 (k 3, stride 2, valid, ReLU), Linear 60→10,
            cross-entropy (batch mean), SGD lr 0.05 momentum 0.9 (PyTorch form), step decay ×0.5
            every 20 epochs, batch 100, \(epochs) epochs, MNIST-1D 4000 train / 1000 test
            """
        case .doubleDescent:
            """
            Notebook 8.3 sweep: MLP 40-w-w-10 (ReLU, kaiming_uniform_) per width, cross-entropy (batch mean),
            SGD lr 0.01 momentum 0.9 (PyTorch form), batch 100, \(epochs) epochs per width,
            MNIST-1D 4000 train / 4000 test; data generation not timed
            """
        }
    }

    func threadingNote(workers: Int) -> String {
        if self == .doubleDescent {
            return "\(workers) width(s) at a time, each on one thread with OpenBLAS single-threaded"
        }
        return workers == 1
            ? "1 worker thread (OpenBLAS with \(BLAS.threads) thread(s) inside)"
            : "\(workers) worker threads, each running OpenBLAS single-threaded"
    }

    /// Notebook 10.2's network with its initialisation, drawn from `random`.
    static func convolutionalNetwork(random: inout NumPyRandomState) -> Sequential {
        Sequential(
            input: .signal(length: 40),
            [
                Conv1d(1, 15, kernel: 3, stride: 2), ActivationLayer(.relu),
                Conv1d(15, 15, kernel: 3, stride: 2), ActivationLayer(.relu),
                Conv1d(15, 15, kernel: 3, stride: 2), ActivationLayer(.relu),
                Flatten(), Linear(10, initialization: .kaimingUniform(a: 0)),
            ], random: &random)
    }

    /// One training run from `seed`; `timed` receives the time the training itself took.
    func train(
        data: MNIST1D, epochs: Int, workers: Int, seed: UInt32, timed: inout Duration,
        onEpoch: @escaping (EpochRecord) -> Void
    ) throws -> TrainingHistory {
        let (training, test) = (data.trainingSet, data.testSet)
        var random = NumPyRandomState(seed: seed)
        let trainer = Trainer(
            loss: CrossEntropy(reduction: .mean), optimizer: PyTorchMomentum(learningRate: 0.05, momentum: 0.9),
            batchSize: 100, epochs: epochs,
            schedule: StepDecay(initialRate: 0.05, factor: 0.5, period: self == .mlp ? 10 : 20), workers: workers)
        let clock = ContinuousClock()
        switch self {
        case .mlp:
            var network = Network(sizes: [40, 100, 100, 10], initialization: .he, normal: { random.standardNormal() })
            let start = clock.now
            defer { timed = clock.now - start }
            return try trainer.train(&network, on: training, test: test, random: &random, onEpoch: onEpoch)
        case .cnn:
            var model = Self.convolutionalNetwork(random: &random)
            let start = clock.now
            defer { timed = clock.now - start }
            return try trainer.train(&model, on: training, test: test, random: &random, onEpoch: onEpoch)
        case .doubleDescent:
            preconditionFailure("The double-descent sweep is timed by BenchCommand.runDoubleDescent")
        }
    }
}
