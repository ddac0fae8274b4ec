/// Gradient descent on any ``Model``, full-batch or with minibatches (sections 6.2–6.3,
/// notebook 8.1): the one training loop of the project.
///
/// With a `batchSize`, each epoch shuffles the training examples with a NumPy-compatible
/// generator (`random.permutation`, as the notebooks' loaders do), splits them into minibatches of
/// that size (the last may be shorter) and takes one optimiser step per minibatch with the
/// gradient of `loss` on that batch (eq. 6.10). Without one, every epoch is one step on all the
/// examples in their order, and nothing is drawn. The learning rate follows `schedule` epoch by
/// epoch. The whole training and test sets are measured when `evaluation` says so (after every
/// epoch by default); `onStep` sees every step, for descent paths and batch losses.
///
/// The model's passes reuse preallocated buffers (see `BackpropagationWorkspace` for
/// ``Network``), so the loop spends its time in `dgemm` rather than in allocation. With
/// `workers > 1` the model shares every pass over that many threads, each running OpenBLAS
/// single-threaded (see ``TrainingPasses`` and `BLASThreadPolicy`).
///
/// The same generator state and worker count give bit-for-bit the same history, however the
/// threads are scheduled. Different worker counts group the sums over examples differently, so
/// their histories agree to rounding error at first and may drift apart slowly over many steps.
public struct Trainer<L: Loss, O: Optimizer> where L.Target: ExampleSelectable {
    /// The loss `L[φ]` minimised on each batch.
    public var loss: L
    /// The optimiser with its initial settings; every `train` call starts from a fresh copy.
    public var optimizer: O
    /// The number of examples per minibatch; `nil` takes every step on the whole training set.
    public var batchSize: Int?
    /// The number of passes through the training set (steps, when full-batch).
    public var epochs: Int
    /// The learning rate per epoch; `nil` keeps the optimiser's own rate.
    public var schedule: StepDecay?
    /// When the whole training and test sets are measured.
    public var evaluation: Evaluation
    /// An error measure reported next to the loss (e.g. `classificationError`), or `nil`.
    public var errorRate: (@Sendable (_ output: Matrix, _ target: L.Target) -> Double)?
    /// The number of threads that share each pass (at most one per example). 1 runs everything on
    /// the calling thread and leaves OpenBLAS's threads alone.
    public var workers: Int
    /// Ranges of φ held fixed: their gradient is set to zero before each update, so optimisers
    /// whose step is proportional to the gradient or its moments (all of chapter 6's) leave them
    /// unchanged. ``Network/parameterRange(layer:)`` gives a layer's range.
    public var frozen: [Range<Int>]

    /// The default `workers`: 2, a fixed number rather than the core count so that the history
    /// does not depend on the machine's size. On two cores it beats one worker with two OpenBLAS
    /// threads because the products of a 100-example batch are too small for OpenBLAS to split
    /// well; on one core the calling thread simply does both halves.
    public static var defaultWorkers: Int { 2 }

    public init(
        loss: L, optimizer: O, batchSize: Int?, epochs: Int, schedule: StepDecay? = nil,
        evaluation: Evaluation = .everyEpoch,
        errorRate: (@Sendable (_ output: Matrix, _ target: L.Target) -> Double)? = nil,
        workers: Int = defaultWorkers, frozen: [Range<Int>] = []
    ) {
        precondition(batchSize.map { $0 > 0 } ?? true, "The batch size must be positive")
        precondition(epochs >= 0, "The number of epochs cannot be negative")
        precondition(workers >= 1, "Need at least one worker")
        if case .every(let n) = evaluation { precondition(n > 0, "Evaluate every n epochs with n > 0") }
        self.loss = loss
        self.optimizer = optimizer
        self.batchSize = batchSize
        self.epochs = epochs
        self.schedule = schedule
        self.evaluation = evaluation
        self.errorRate = errorRate
        self.workers = workers
        self.frozen = frozen
    }

    /// The batches of one epoch: with a `batchSize`, a fresh permutation of `0..<count` drawn from
    /// `random` (as `np.random.permutation`) cut into consecutive groups; otherwise all examples.
    public func epochBatches(count: Int, random: inout NumPyRandomState) -> [[Int]] {
        guard let batchSize else { return [Array(0..<count)] }
        return minibatches(random.permutation(count), size: batchSize)
    }

    /// Trains `model` in place and returns one record per measured epoch.
    ///
    /// - Parameters:
    ///   - model: the model to train; it holds the trained parameters afterwards.
    ///   - training: the examples the optimiser sees.
    ///   - test: examples only measured, never trained on.
    ///   - random: the generator that shuffles each epoch (and draws the model's training-mode
    ///     randomness, such as dropout masks).
    ///   - onEpoch: called after each measured epoch with its record (e.g. for a progress line).
    ///   - onStep: called after every step with its batch loss and the new parameters.
    /// - Throws: `TrainingError.diverged` as soon as a gradient or a measured training loss is not
    ///   finite; the model is then left as it was before training.
    public func train<M: Model>(
        _ model: inout M, on training: Dataset<L.Target>, test: Dataset<L.Target>? = nil,
        random: inout NumPyRandomState, onEpoch: ((EpochRecord) -> Void)? = nil,
        onStep: ((StepRecord) -> Void)? = nil
    ) throws -> TrainingHistory {
        precondition(training.x.rows == model.inputSize, "The model expects \(model.inputSize) inputs")
        for range in frozen {
            precondition(range.upperBound <= model.parameterCount, "Frozen range \(range) is outside φ")
        }
        let passes = model.makePasses(workers: workers, capacity: max(training.count, test?.count ?? 0))
        var phi = model.parameters
        let history = try BLASThreadPolicy.run(workers: passes.threadCount) {
            try optimize(
                &phi, passes: passes, on: training, test: test, random: &random, onStep: onStep, onEpoch: onEpoch)
        }
        model.parameters = phi
        model.state = passes.state
        return history
    }

    /// The epochs of `train`, updating φ in place.
    private func optimize(
        _ phi: inout [Double], passes: any TrainingPasses, on training: Dataset<L.Target>,
        test: Dataset<L.Target>?, random: inout NumPyRandomState, onStep: ((StepRecord) -> Void)?,
        onEpoch: ((EpochRecord) -> Void)?
    ) throws -> TrainingHistory {
        var optimizer = self.optimizer
        var history = TrainingHistory(epochs: [], steps: 0)
        for epoch in 1..<(epochs + 1) {
            if let schedule { optimizer.learningRate = schedule.rate(at: epoch - 1) }
            for batch in epochBatches(count: training.count, random: &random) {
                let target = training.y.examples(batch)
                var batchLoss = 0.0
                var diverged = false
                optimizer.step(&phi) { candidate in
                    let output = passes.forward(candidate, columns: batch, of: training.x, random: &random)
                    var gradient = passes.backward(
                        candidate, outputGradient: loss.gradient(output: output, target: target))
                    for range in frozen { gradient.replaceSubrange(range, with: repeatElement(0, count: range.count)) }
                    if onStep != nil || !gradient.allSatisfy(\.isFinite) {
                        batchLoss = loss.value(output: output, target: target)
                        diverged = diverged || !gradient.allSatisfy(\.isFinite)
                    }
                    return gradient
                }
                history.steps += 1
                if diverged { throw TrainingError.diverged(epoch: epoch, loss: batchLoss) }
                onStep?(
                    StepRecord(
                        step: history.steps, epoch: epoch, learningRate: optimizer.learningRate,
                        batchLoss: batchLoss, parameters: phi))
            }
            guard evaluation.includes(epoch: epoch, of: epochs) else { continue }
            let (trainLoss, trainError) = measure(phi, on: training, with: passes)
            guard trainLoss.isFinite else { throw TrainingError.diverged(epoch: epoch, loss: trainLoss) }
            var record = EpochRecord(
                epoch: epoch, learningRate: optimizer.learningRate, trainLoss: trainLoss, trainError: trainError)
            if let test { (record.testLoss, record.testError) = measure(phi, on: test, with: passes) }
            history.epochs.append(record)
            onEpoch?(record)
        }
        return history
    }

    /// The loss and error rate of parameters φ on a whole data set.
    private func measure(
        _ phi: [Double], on data: Dataset<L.Target>, with passes: any TrainingPasses
    ) -> (loss: Double, error: Double?) {
        let output = passes.output(phi, of: data.x)
        return (loss.value(output: output, target: data.y), errorRate?(output, data.y))
    }
}

extension Trainer where L == CrossEntropy {
    /// A classifier trainer that reports the classification error (section 8.1) next to the loss.
    public init(
        loss: CrossEntropy, optimizer: O, batchSize: Int?, epochs: Int, schedule: StepDecay? = nil,
        evaluation: Evaluation = .everyEpoch, workers: Int = defaultWorkers, frozen: [Range<Int>] = []
    ) {
        self.init(
            loss: loss, optimizer: optimizer, batchSize: batchSize, epochs: epochs, schedule: schedule,
            evaluation: evaluation, errorRate: classificationError, workers: workers, frozen: frozen)
    }
}
