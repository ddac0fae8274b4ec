import Companion
import Neural

/// The training code of figure 7.8 ported to the core: a 10-40-40-5 ReLU network with He
/// weights and zero biases, 100 random points, mean-squared error (PyTorch's `MSELoss`),
/// SGD with PyTorch-style momentum 0.9, batches of 10 reshuffled every epoch, and a learning
/// rate that starts at 0.1 (the code's value; the text says 0.01) and halves every 10 epochs.
///
/// PyTorch's generator cannot be reproduced, so everything is drawn from
/// `NumPyRandomState(seed: 0)` in this order: x (100 × 10, row by row), y (100 × 5), the
/// weights layer by layer (`Network.initialize`, He), then one `permutation(100)` per epoch.
///
/// With `binary` (problem 7.17) the targets are one label per point, 1 where a standard-normal
/// draw is positive, the network has one output read as a logit (the sigmoid maps it into
/// (0, 1)), and the loss is binary cross-entropy (PyTorch's `BCEWithLogitsLoss`, a mean).
struct TrainingExample {
    static let sizes = [10, 40, 40, 5]
    static let points = 100
    static let batchSize = 10
    static let schedule = StepDecay(initialRate: 0.1, factor: 0.5, period: 10)
    static let momentum = 0.9

    var network: Network
    let x: Matrix
    let y: Matrix
    let binary: Bool
    var rng: NumPyRandomState

    init(binary: Bool = false) {
        var rng = NumPyRandomState(seed: 0)
        let outputs = binary ? 1 : Self.sizes.last!
        let inputs = Matrix(
            rows: Self.points, cols: Self.sizes[0], data: rng.normal(count: Self.points * Self.sizes[0]))
        let draws = Matrix(rows: Self.points, cols: outputs, data: rng.normal(count: Self.points * outputs))
        x = inputs.transposed()
        y = (binary ? draws.map { $0 > 0 ? 1 : 0 } : draws).transposed()
        network = Network(
            sizes: Array(Self.sizes.dropLast()) + [outputs], initialization: .he,
            normal: { rng.standardNormal() })
        self.binary = binary
        self.rng = rng
    }

    /// Trains for `epochs` epochs and returns each epoch's loss: the sum of its ten batch losses,
    /// each measured before that batch's update (as the printout of figure 7.8 does).
    mutating func train(epochs: Int, progress: Progress? = nil) -> [Double] {
        var losses = [Double](repeating: 0, count: epochs)
        let stepsPerEpoch = Self.points / Self.batchSize
        let record = { (step: StepRecord) in
            losses[step.epoch - 1] += step.batchLoss
            if step.step % stepsPerEpoch == 0 {
                progress?.update(step.epoch, "loss \(Narrator.format(losses[step.epoch - 1], digits: 3))")
            }
        }
        let optimizer = PyTorchMomentum(learningRate: Self.schedule.initialRate, momentum: Self.momentum)
        let data = Dataset(x: x, y: y)
        do {
            if binary {
                _ = try Trainer(
                    loss: BinaryCrossEntropy(reduction: .mean), optimizer: optimizer, batchSize: Self.batchSize,
                    epochs: epochs, schedule: Self.schedule, evaluation: .never, workers: 1
                ).train(&network, on: data, random: &rng, onStep: record)
            } else {
                _ = try Trainer(
                    loss: LeastSquares(reduction: .mean), optimizer: optimizer, batchSize: Self.batchSize,
                    epochs: epochs, schedule: Self.schedule, evaluation: .never, workers: 1
                ).train(&network, on: data, random: &rng, onStep: record)
            }
        } catch {
            preconditionFailure("figure 7.8's fixed training cannot diverge: \(error)")
        }
        return losses
    }

    /// The fraction of points whose label the trained classifier gets right (sig[f] > 0.5).
    var accuracy: Double {
        let output = network(x)
        let correct = zip(output.data, y.data).filter { ($0 > 0) == ($1 == 1) }.count
        return Double(correct) / Double(y.count)
    }
}
