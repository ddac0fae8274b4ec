/// Two of the notebooks' training recipes on MNIST-1D, each a network and the way the notebook
/// trains it, so that a chapter (figure curves, parameter counts) and `udl bench` (timings) run
/// the same arithmetic:
///
/// - ``mlp``, notebook 8.1: the fully connected network 40-100-100-10 with ReLU and He weights
///   (zero biases), the rate halved every 10 epochs, 50 epochs.
/// - ``cnn``, notebook 10.2: three 1-D convolutions (section 10.2) of 15 channels, kernel 3,
///   stride 2 and no padding ("valid"), each followed by a ReLU, so the 40 samples shrink to
///   19, 9 and 4 positions; then the 4 × 15 values flattened into a linear layer 60 → 10. The
///   convolutions keep PyTorch's default initialisation, the linear layer gets
///   `kaiming_uniform_` with zero biases. The rate is halved every 20 epochs, 100 epochs.
///
/// Both minimise the cross-entropy averaged over batches of 100 with SGD at rate 0.05 and
/// momentum 0.9 in PyTorch's form (``PyTorchMomentum``), and measure the whole training and test
/// sets after every epoch. The notebooks give no seed; here the seed draws the initial weights
/// and then the order of the examples in every epoch.
public enum MNIST1DRecipe: String, CaseIterable, Sendable {
    case mlp
    case cnn

    /// The notebook's number of epochs: 50 or 100.
    public var epochs: Int { self == .mlp ? 50 : 100 }

    /// The epochs between two halvings of the learning rate: 10 or 20.
    public var decayPeriod: Int { self == .mlp ? 10 : 20 }

    /// The number of trainable parameters: 15,210 for the MLP, 2,050 for the CNN.
    public var parameterCount: Int {
        var random = NumPyRandomState(seed: 0)
        return makeModel(random: &random).parameterCount
    }

    /// The precision of the passes' arithmetic: double (every chapter's numbers) or single, which
    /// the MLP offers for speed (``SinglePrecisionNetwork``).
    public enum Precision: String, CaseIterable, Sendable {
        case double
        case single
    }

    /// The precisions the recipe's network can train in: both for the MLP, double for the CNN.
    public var precisions: [Precision] { self == .mlp ? [.double, .single] : [.double] }

    /// The recipe's network with its initial parameters, drawn from `random` (the same draws in
    /// either precision).
    public func makeModel(random: inout NumPyRandomState, precision: Precision = .double) -> any Model {
        precondition(precisions.contains(precision), "The \(rawValue) recipe trains in \(precisions) precision only")
        switch self {
        case .mlp:
            let network = Network(sizes: [40, 100, 100, 10], initialization: .he, normal: { random.standardNormal() })
            return precision == .single ? SinglePrecisionNetwork(network) : network
        case .cnn:
            return Self.convolutionalNetwork(random: &random)
        }
    }

    /// Notebook 10.2's network with its initialisation, drawn from `random`.
    public static func convolutionalNetwork(random: inout NumPyRandomState) -> Sequential {
        Sequential(
            input: .signal(length: 40),
            [
                Conv1d(1, 15, kernel: 3, stride: 2), ActivationLayer(.relu),
                Conv1d(15, 15, kernel: 3, stride: 2), ActivationLayer(.relu),
                Conv1d(15, 15, kernel: 3, stride: 2), ActivationLayer(.relu),
                Flatten(), Linear(10, initialization: .kaimingUniform(a: 0)),
            ], random: &random)
    }

    /// The trainer of the recipe for `epochs` epochs on `workers` threads.
    public func trainer(epochs: Int? = nil, workers: Int = Trainer<CrossEntropy, PyTorchMomentum>.defaultWorkers)
        -> Trainer<CrossEntropy, PyTorchMomentum>
    {
        Trainer(
            loss: CrossEntropy(reduction: .mean), optimizer: PyTorchMomentum(learningRate: 0.05, momentum: 0.9),
            batchSize: 100, epochs: epochs ?? self.epochs,
            schedule: StepDecay(initialRate: 0.05, factor: 0.5, period: decayPeriod), workers: workers)
    }

    /// What one run of the recipe leaves: a record per epoch, the trained parameters φ and the
    /// time the training itself took (building the network excluded).
    public struct Run: Sendable {
        public var history: TrainingHistory
        public var parameters: [Double]
        public var trainingTime: Duration
    }

    /// Trains the recipe's network from `seed` on `data`'s training set, measuring its test set,
    /// in `precision` (one of ``precisions``).
    public func train(
        on data: MNIST1D, epochs: Int? = nil, seed: UInt32 = 0,
        workers: Int = Trainer<CrossEntropy, PyTorchMomentum>.defaultWorkers, precision: Precision = .double,
        onEpoch: ((EpochRecord) -> Void)? = nil
    ) throws -> Run {
        var random = NumPyRandomState(seed: seed)
        var model = makeModel(random: &random, precision: precision)
        let trainer = trainer(epochs: epochs, workers: workers)
        let clock = ContinuousClock()
        let start = clock.now
        let history = try trainer.train(
            &model, on: data.trainingSet, test: data.testSet, random: &random, onEpoch: onEpoch)
        return Run(history: history, parameters: model.parameters, trainingTime: clock.now - start)
    }
}
