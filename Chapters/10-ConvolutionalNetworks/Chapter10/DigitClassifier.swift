import Foundation
import Neural

/// Notebook 10.5's network for 28 × 28 digits, LeNet's shape: a 5 × 5 convolution to 10 channels,
/// 2 × 2 max pooling and ReLU (24 × 24 → 12 × 12), a 5 × 5 convolution to 20 channels, channel
/// dropout (`Dropout2d`, p = 0.5), 2 × 2 max pooling and ReLU (8 × 8 → 4 × 4), then the
/// 20 × 4 × 4 = 320 values through a linear layer to 50, ReLU, and a linear layer to the ten
/// classes. The convolutions keep PyTorch's default initialisation, the linear layers get
/// `kaiming_uniform_` with zero biases, as the notebook's `weights_init` does. (The notebook's
/// TODO list has no dropout after the first linear layer; the PyTorch example it adapts does.)
///
/// Training as the notebook: cross-entropy (its `log_softmax` + `nll_loss`), SGD with rate 0.01
/// and momentum 0.5 in PyTorch's form, batches of 64, three epochs; the pixels are standardised
/// with the training set's mean and standard deviation (MNIST's 0.1307 and 0.3081).
enum DigitClassifier {
    static let batchSize = 64
    static let epochs = 3

    static func network(random: inout NumPyRandomState) -> Sequential {
        Sequential(
            input: .image(height: 28, width: 28),
            [
                Conv2d(1, 10, kernel: 5), Pooling.max(2), ActivationLayer(.relu),
                Conv2d(10, 20, kernel: 5), Dropout(0.5, channels: true), Pooling.max(2), ActivationLayer(.relu),
                Flatten(), Linear(50, initialization: .kaimingUniform(a: 0)), ActivationLayer(.relu),
                Linear(10, initialization: .kaimingUniform(a: 0)),
            ], random: &random)
    }

    /// One measurement: after `epoch` epochs (0: the untrained network, as the notebook's first
    /// `test()`), the mean training batch loss of that epoch and the test set's loss and error.
    struct Record: Equatable {
        var epoch: Int
        var trainLoss: Double?
        var testLoss: Double
        var testError: Double
    }

    /// The test loss and error of `model` on `data`, measured 500 examples at a time so that the
    /// unfolded convolution inputs stay small.
    static func measure(_ model: Sequential, on data: Dataset<[Int]>) -> (loss: Double, error: Double) {
        var (loss, wrong) = (0.0, 0.0)
        for start in stride(from: 0, to: data.count, by: 500) {
            let indices = Array(start..<min(data.count, start + 500))
            let output = model(data.x.columns(indices))
            let labels = indices.map { data.y[$0] }
            loss += CrossEntropy(reduction: .mean).value(output: output, target: labels) * Double(indices.count)
            wrong += classificationError(output: output, labels: labels) * Double(indices.count)
        }
        return (loss / Double(data.count), wrong / Double(data.count))
    }

    /// Trains the network from `seed` for `epochs` epochs on `training`, measuring `test` before
    /// and after every epoch; `onStep(step, batch loss)` sees every step (counted from 1).
    static func train(
        training: Dataset<[Int]>, test: Dataset<[Int]>, epochs: Int = epochs, seed: UInt32 = 0,
        onStep: ((Int, Double) -> Void)? = nil
    ) throws -> (model: Sequential, records: [Record]) {
        var random = NumPyRandomState(seed: seed)
        var model = network(random: &random)
        var optimizer = PyTorchMomentum(learningRate: 0.01, momentum: 0.5)
        let untrained = measure(model, on: test)
        var records = [Record(epoch: 0, trainLoss: nil, testLoss: untrained.loss, testError: untrained.error)]
        var step = 0
        for epoch in 1...max(1, epochs) {
            var trainer = Trainer(
                loss: CrossEntropy(reduction: .mean), optimizer: optimizer, batchSize: batchSize, epochs: epoch,
                evaluation: .never)
            trainer.epochsDone = epoch - 1
            var losses: [Double] = []
            _ = try trainer.train(&model, on: training, random: &random, optimizer: &optimizer, onEpoch: nil) {
                losses.append($0.batchLoss)
                step += 1
                onStep?(step, $0.batchLoss)
            }
            let (loss, error) = measure(model, on: test)
            records.append(
                Record(
                    epoch: epoch, trainLoss: losses.reduce(0, +) / Double(losses.count), testLoss: loss,
                    testError: error))
        }
        return (model, records)
    }
}
