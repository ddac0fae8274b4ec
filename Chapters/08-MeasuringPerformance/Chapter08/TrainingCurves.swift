import Neural

/// Section 8.1's experiment: the 40-100-100-10 ReLU network on MNIST-1D's 4000 training and 1000
/// test examples, cross-entropy averaged over batches of 100, measured after every epoch (40 steps),
/// in two recipes. The book's (figure 8.2): plain SGD with learning rate 0.1 for 6000 steps. Notebook
/// 8.1's: SGD 0.05 with momentum 0.9 (PyTorch's form), the rate halved every 10 epochs, 50 epochs.
/// Neither source gives a seed: He weights, zero biases and seed 0 here for both.
enum TrainingCurves {
    static let stepsPerEpoch = 40

    enum Recipe: String, CaseIterable {
        case book, notebook

        /// The recipe's own length in steps: 6000 (150 epochs) or 2000 (50 epochs).
        var steps: Int { self == .book ? 6000 : 2000 }

        /// The committed run's name in `Results/`.
        var resultsName: String { self == .book ? "figure-8.2" : "notebook-8.1" }

        var setup: String {
            switch self {
            case .book:
                "section 8.1 (book): MNIST-1D 4000/1000, MLP 40-100-100-10 with He weights (seed 0), SGD lr 0.1, "
                    + "batch 100, one row per epoch of 40 steps"
            case .notebook:
                "notebook 8.1: MNIST-1D 4000/1000, MLP 40-100-100-10 with He weights (seed 0), SGD lr 0.05 "
                    + "momentum 0.9 halved every 10 epochs, batch 100, one row per epoch of 40 steps"
            }
        }
    }

    /// One record per epoch for `steps` steps.
    static func run(
        _ recipe: Recipe = .book, steps: Int? = nil, onEpoch: ((EpochRecord) -> Void)? = nil
    ) throws -> [EpochRecord] {
        let data = MeasuringPerformance.published
        let epochs = max(1, (steps ?? recipe.steps) / stepsPerEpoch)
        switch recipe {
        case .book:
            var random = NumPyRandomState(seed: 0)
            var network = Network(sizes: [40, 100, 100, 10], initialization: .he, normal: { random.standardNormal() })
            let trainer = Trainer(
                loss: CrossEntropy(reduction: .mean), optimizer: GradientDescent(learningRate: 0.1), batchSize: 100,
                epochs: epochs)
            return try trainer.train(
                &network, on: data.trainingSet, test: data.testSet, random: &random, onEpoch: onEpoch
            ).epochs
        case .notebook:
            // The core's recipe, which chapter 10 and `udl bench` also run.
            return try MNIST1DRecipe.mlp.train(on: data, epochs: epochs, seed: 0, onEpoch: onEpoch).history.epochs
        }
    }
}
