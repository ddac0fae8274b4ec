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

    /// The core's recipe this one times, or nil for the double-descent sweep.
    var trainingRecipe: MNIST1DRecipe? {
        switch self {
        case .mlp: .mlp
        case .cnn: .cnn
        case .doubleDescent: nil
        }
    }

    /// The precisions the recipe trains in (``MNIST1DRecipe/precisions``; double for the sweep).
    var precisions: [MNIST1DRecipe.Precision] { trainingRecipe?.precisions ?? [.double] }

    /// One training run from `seed` (the core's ``MNIST1DRecipe``); `timed` receives the time the
    /// training itself took.
    func train(
        data: MNIST1D, epochs: Int, workers: Int, seed: UInt32, precision: MNIST1DRecipe.Precision,
        timed: inout Duration, onEpoch: @escaping (EpochRecord) -> Void
    ) throws -> TrainingHistory {
        guard let recipe = trainingRecipe else {
            preconditionFailure("The double-descent sweep is timed by BenchCommand.runDoubleDescent")
        }
        let run = try recipe.train(
            on: data, epochs: epochs, seed: seed, workers: workers, precision: precision, onEpoch: onEpoch)
        timed = run.trainingTime
        return run.history
    }
}

extension MNIST1DRecipe.Precision: ExpressibleByArgument {}
