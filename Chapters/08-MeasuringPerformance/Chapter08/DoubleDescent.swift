import Foundation
import Neural

/// Section 8.4's experiment (figure 8.10a, b): networks with two hidden layers of `width` ReLU
/// units each, trained on MNIST-1D for every width of a list, with clean labels or with a share
/// of the training labels randomized. The test error first falls, rises to a peak near the width
/// where the model can just memorise the training set, and falls again.
///
/// Two recipes. Notebook 8.3's: 4000 training and 4000 test examples, SGD with learning rate 0.01
/// and momentum 0.9 (PyTorch's form), batches of 100, 1000 epochs, errors measured every 100
/// epochs and after the last. The book's: 10,000 training and 5,000 test examples, full-batch
/// Adam with step 0.005 (PyTorch's other settings), 4000 steps — about ten times the work.
/// Both start from `kaiming_uniform_` weights and zero biases, as the notebook's `weights_init`
/// sets them, drawn from `NumPyRandomState(seed:)` afresh for every width, so a width's result
/// does not depend on which other widths run or in what order.
struct DoubleDescent: Equatable, Sendable {
    enum Recipe: String, CaseIterable, Sendable {
        case notebook, book
    }

    var recipe: Recipe
    /// The share of training labels replaced by a uniformly drawn class (0.15 for figure 8.10b).
    var labelNoise: Double
    /// Hidden units per layer, one training each.
    var widths: [Int]
    /// Epochs (the notebook's 1000) or, for the full-batch book recipe, steps (4000).
    var epochs: Int
    var seed: UInt32

    /// Notebook 8.3's 28 widths.
    static let notebookWidths = [
        2, 4, 6, 8, 10, 14, 18, 22, 26, 30, 35, 40, 45, 50, 55, 60, 70, 80, 90, 100, 120, 140, 160, 180, 200, 250,
        300, 400,
    ]

    init(
        recipe: Recipe = .notebook, labelNoise: Double, widths: [Int] = notebookWidths, epochs: Int? = nil,
        seed: UInt32 = 0
    ) {
        self.recipe = recipe
        self.labelNoise = labelNoise
        self.widths = widths
        self.epochs = epochs ?? (recipe == .notebook ? 1000 : 4000)
        self.seed = seed
    }

    /// The command that runs this experiment and saves it to the folder `save`.
    func command(save: String?) -> String {
        var words = ["swift run -c release ch08 demo double-descent --run --noise \(Int((100 * labelNoise).rounded()))"]
        if recipe != .notebook { words.append("--recipe \(recipe.rawValue)") }
        if widths != Self.notebookWidths { words.append("--widths " + widths.map(String.init).joined(separator: ",")) }
        if epochs != (recipe == .notebook ? 1000 : 4000) { words.append("--epochs \(epochs)") }
        if seed != 0 { words.append("--seed \(seed)") }
        if let save { words.append("--save \(save)") }
        return words.joined(separator: " ")
    }

    /// The data set: notebook 8.3's 8000 examples split in half, or the book's 15,000 split
    /// 10,000 / 5,000.
    var dataConfig: MNIST1DConfig {
        switch recipe {
        case .notebook: .doubleDescent
        case .book: MNIST1DConfig(numSamples: 15_000, trainSplit: 2.0 / 3.0 + 1e-9)
        }
    }

    /// The training and test sets, with the training labels randomized as notebook 8.3 does it.
    func data() -> (training: Dataset<[Int]>, test: Dataset<[Int]>) {
        let data = MNIST1D(config: dataConfig)
        let labels = LabelNoise.notebook(data.y, fraction: labelNoise, seed: dataConfig.seed)
        return (Dataset(rows: data.x, labels: labels), data.testSet)
    }

    /// The trainable parameters of the 40-`width`-`width`-10 network:
    /// 41·w + (w + 1)·w + (w + 1)·10 (problem 8.4 counts 50,410 for w = 200).
    static func parameterCount(width: Int) -> Int {
        41 * width + (width + 1) * width + (width + 1) * 10
    }

    /// The width whose parameter count is closest to the number of training examples (the first
    /// on a tie), where the notebook draws its dashed line.
    static func interpolationThreshold(widths: [Int], trainingExamples: Int) -> Int? {
        widths.min {
            abs(parameterCount(width: $0) - trainingExamples) < abs(parameterCount(width: $1) - trainingExamples)
        }
    }

    /// How often the errors are measured: every 100 epochs as the notebook prints them, or ten
    /// times over a run of the book's recipe.
    var evaluationPeriod: Int { recipe == .notebook ? 100 : max(epochs / 10, 1) }

    /// A share of the sweep's work for one epoch of `width`, for the estimated time left: the
    /// arithmetic grows with the parameters, and every step has a fixed cost besides.
    static func cost(width: Int) -> Double { Double(parameterCount(width: width) + 4000) }

    /// The network for `width`, initialised from `random`.
    static func network(width: Int, random: inout NumPyRandomState) -> Sequential {
        Sequential(
            input: .vector(40),
            [
                Linear(width, initialization: .kaimingUniform(a: 0)), ActivationLayer(.relu),
                Linear(width, initialization: .kaimingUniform(a: 0)), ActivationLayer(.relu),
                Linear(10, initialization: .kaimingUniform(a: 0)),
            ], random: &random)
    }

    /// Trains the network of `width` on one thread and returns its result; `onMeasured` sees the
    /// epoch and record of every measurement.
    func train(
        width: Int, training: Dataset<[Int]>, test: Dataset<[Int]>,
        onMeasured: @escaping (EpochRecord) -> Void = { _ in }
    ) throws -> DoubleDescentResult {
        var random = NumPyRandomState(seed: seed)
        var model = Self.network(width: width, random: &random)
        let evaluation = Evaluation.every(evaluationPeriod)
        let history: TrainingHistory
        switch recipe {
        case .notebook:
            let trainer = Trainer(
                loss: CrossEntropy(reduction: .mean), optimizer: PyTorchMomentum(learningRate: 0.01, momentum: 0.9),
                batchSize: 100, epochs: epochs, evaluation: evaluation, workers: 1)
            history = try trainer.train(&model, on: training, test: test, random: &random, onEpoch: onMeasured)
        case .book:
            let trainer = Trainer(
                loss: CrossEntropy(reduction: .mean), optimizer: Adam.pytorch(learningRate: 0.005), batchSize: nil,
                epochs: epochs, evaluation: evaluation, workers: 1)
            history = try trainer.train(&model, on: training, test: test, random: &random, onEpoch: onMeasured)
        }
        let last = history.final!
        return DoubleDescentResult(
            width: width, parameters: model.parameterCount, trainError: last.trainError!, testError: last.testError!,
            trainLoss: last.trainLoss, testLoss: last.testLoss!)
    }
}

/// One width's outcome: errors as fractions, mean cross-entropies, after the last epoch.
struct DoubleDescentResult: Equatable, Sendable {
    var width: Int
    var parameters: Int
    var trainError: Double
    var testError: Double
    var trainLoss: Double
    var testLoss: Double
}
