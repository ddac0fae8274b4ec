import Neural

/// Section 8.1's experiment (figure 8.2): the 40-100-100-10 ReLU network on MNIST-1D's 4000
/// training and 1000 test examples, trained by plain SGD with batches of 100 and learning rate 0.1
/// on the mean cross-entropy, measured after every epoch (40 steps). The book gives no
/// initialisation or seed: He weights, zero biases and seed 0 here.
enum TrainingCurves {
    static let stepsPerEpoch = 40

    /// One record per epoch for `steps` steps (the book's 6000 = 150 epochs).
    static func run(steps: Int = 6000, onEpoch: ((EpochRecord) -> Void)? = nil) throws -> [EpochRecord] {
        let data = MeasuringPerformance.published
        var random = NumPyRandomState(seed: 0)
        var network = Network(sizes: [40, 100, 100, 10], initialization: .he, normal: { random.standardNormal() })
        let trainer = Trainer(
            loss: CrossEntropy(reduction: .mean), optimizer: GradientDescent(learningRate: 0.1), batchSize: 100,
            epochs: max(1, steps / stepsPerEpoch))
        return try trainer.train(&network, on: data.trainingSet, test: data.testSet, random: &random, onEpoch: onEpoch)
            .epochs
    }
}
