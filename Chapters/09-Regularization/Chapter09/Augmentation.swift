import Neural

/// Data augmentation (section 9.3.8, notebook 9.5): MNIST-1D's 4000 training signals followed by
/// 4000 transformed copies, each of a signal picked with Python's `random.randint(0, 3999)` (left
/// seeded with 42 by `make_dataset`), shifted circularly by an offset drawn uniformly from 0…39 and
/// scaled by a factor drawn uniformly from [0.8, 1.2] (NumPy-compatible generator, seed 1; the
/// notebook leaves both distributions to the reader). The network is notebook 9.5's: 40 → 200 → 200
/// → 10 ReLU, `kaiming_uniform_` weights and zero biases, SGD 0.05 with momentum 0.9 and batches of
/// 100 for 50 epochs (the notebook builds a step schedule but never steps it, so the rate stays).
enum Augmentation {
    static let epochs = 50

    /// One signal shifted right by `offset` positions (wrapping round) and scaled by `factor`.
    static func transform(_ signal: [Double], offset: Int, factor: Double) -> [Double] {
        let n = signal.count
        return (0..<n).map { factor * signal[(($0 - offset) % n + n) % n] }
    }

    /// The training signals followed by as many augmented copies, with their labels.
    static func augmented(_ x: [[Double]], _ y: [Int]) -> (x: [[Double]], y: [Int]) {
        var python = PythonRandom(seed: 42)
        var random = NumPyRandomState(seed: 1)
        var extraX: [[Double]] = []
        var extraY: [Int] = []
        for _ in x.indices {
            let source = python.randint(0, x.count - 1)
            let offset = random.randint(0, x[source].count)
            let factor = random.uniform(low: 0.8, high: 1.2)
            extraX.append(transform(x[source], offset: offset, factor: factor))
            extraY.append(y[source])
        }
        return (x + extraX, y + extraY)
    }

    static func network(random: inout NumPyRandomState) -> Sequential {
        Sequential(
            input: .vector(40),
            [
                Linear(200, initialization: .kaimingUniform(a: 0)), ActivationLayer(.relu),
                Linear(200, initialization: .kaimingUniform(a: 0)), ActivationLayer(.relu),
                Linear(10, initialization: .kaimingUniform(a: 0)),
            ], random: &random)
    }

    /// Per-epoch records of training on `training`, measured on it and on the test set.
    static func train(on training: Dataset<[Int]>, test: Dataset<[Int]>, epochs: Int = epochs) throws -> [EpochRecord] {
        var random = NumPyRandomState(seed: 0)
        var model = network(random: &random)
        let trainer = Trainer(
            loss: CrossEntropy(reduction: .mean), optimizer: PyTorchMomentum(learningRate: 0.05, momentum: 0.9),
            batchSize: 100, epochs: epochs)
        return try trainer.train(&model, on: training, test: test, random: &random).epochs
    }

    /// Both trainings on the published MNIST-1D: (without, with augmentation).
    static func run(epochs: Int = epochs) throws -> (plain: [EpochRecord], augmented: [EpochRecord]) {
        let data = MNIST1D()
        let more = augmented(data.x, data.y)
        return (
            try train(on: data.trainingSet, test: data.testSet, epochs: epochs),
            try train(on: Dataset(rows: more.x, labels: more.y), test: data.testSet, epochs: epochs)
        )
    }
}
