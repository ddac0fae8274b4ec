import Foundation
import Neural

/// Figure 9.5's experiment: how the learning rate and the batch size of SGD change test performance
/// on MNIST-1D (4000 training and 4000 test examples) for a network with two hidden layers of 100
/// ReLU units (He weights, seed 0), plain SGD on the mean cross-entropy.
///
/// (a) Learning rates 0.05 … 1 with batches of 100, each for 6000/rate steps, so that every run can
/// move the same distance. (b) Batch sizes 16 … 4000 at learning rate 0.1 for 200 epochs each, so
/// that every run sees each example equally often (the book fixes the iterations differently, so
/// that the data are memorised at about the same point; it gives neither grid).
struct RateAndBatch: Sendable {
    enum Panel: String, Sendable { case rate, batch }

    struct Setting: Equatable, Sendable {
        var panel: Panel
        /// The learning rate (panel a) or the batch size (panel b).
        var value: Double
        var steps: Int
        var batchSize: Int
        var learningRate: Double
    }

    struct Result: Equatable, Sendable {
        var setting: Setting
        var trainError: Double
        var testError: Double
    }

    static let rates = [0.05, 0.1, 0.2, 0.5, 1.0]
    static let batchSizes = [16, 32, 64, 128, 256, 1000, 4000]
    static let batchEpochs = 200

    /// Every setting of the figure; `scale` shortens every run (1 for the figure, less in tests).
    static func settings(scale: Double = 1) -> [Setting] {
        rates.map { rate in
            Setting(
                panel: .rate, value: rate, steps: max(1, Int(6000 / rate * scale)), batchSize: 100, learningRate: rate)
        }
            + batchSizes.map { size in
                Setting(
                    panel: .batch, value: Double(size), steps: max(1, Int(Double(batchEpochs * 4000 / size) * scale)),
                    batchSize: size, learningRate: 0.1)
            }
    }

    static func data() -> (training: Dataset<[Int]>, test: Dataset<[Int]>) {
        let data = MNIST1D(config: .doubleDescent)
        return (data.trainingSet, data.testSet)
    }

    /// Trains one setting on one thread, for whole epochs: the steps asked for, rounded up to a
    /// multiple of the steps per epoch (exact for every setting of the figure but batch 64, 1000).
    static func train(_ setting: Setting, training: Dataset<[Int]>, test: Dataset<[Int]>) -> Result {
        var random = NumPyRandomState(seed: 0)
        var network = Network(sizes: [40, 100, 100, 10], initialization: .he, normal: { random.standardNormal() })
        let perEpoch = (training.count + setting.batchSize - 1) / setting.batchSize
        let epochs = (setting.steps + perEpoch - 1) / perEpoch
        let trainer = Trainer(
            loss: CrossEntropy(reduction: .mean), optimizer: GradientDescent(learningRate: setting.learningRate),
            batchSize: setting.batchSize, epochs: epochs, evaluation: .never, workers: 1)
        do {
            _ = try trainer.train(&network, on: training, random: &random)
        } catch {
            return Result(setting: setting, trainError: 1, testError: 1)
        }
        return Result(
            setting: setting, trainError: classificationError(output: network(training.x), labels: training.y),
            testError: classificationError(output: network(test.x), labels: test.y))
    }
}

extension RateAndBatch {
    /// Every setting trained, two at a time by default, longest first.
    static func sweep(
        _ settings: [Setting], threads: Int, data: (training: Dataset<[Int]>, test: Dataset<[Int]>),
        onFinished: @escaping @Sendable (Result) -> Void = { _ in }
    ) -> [Result] {
        let order = settings.indices.sorted {
            settings[$0].steps * settings[$0].batchSize > settings[$1].steps * settings[$1].batchSize
        }
        let trained = IndependentRuns.map(order.count, threads: threads) { index in
            let result = train(settings[order[index]], training: data.training, test: data.test)
            onFinished(result)
            return result
        }
        var results = [Result?](repeating: nil, count: settings.count)
        for (position, index) in order.enumerated() { results[index] = trained[position] }
        return results.map { $0! }
    }
}
