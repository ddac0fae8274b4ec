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
    /// An explicit regularizer on the model's weights (eq. 9.5), added to every batch's gradient.
    public var penalty: Penalty?
    /// Stop when the validation loss stops improving, and keep the best epoch's model.
    public var earlyStopping: EarlyStopping?
    /// Epochs already trained before this run (to continue from a ``TrainingCheckpoint``): a run
    /// trains epochs `epochsDone + 1 … epochs`, and the schedule goes on from where it was.
    public var epochsDone = 0

    /// The default `workers`: 2, a fixed number rather than the core count so that the history
    /// does not depend on the machine's size. On two cores it beats one worker with two OpenBLAS
    /// threads because the products of a 100-example batch are too small for OpenBLAS to split
    /// well; on one core the calling thread simply does both halves.
    public static var defaultWorkers: Int { 2 }

    public init(
        loss: L, optimizer: O, batchSize: Int?, epochs: Int, schedule: StepDecay? = nil,
        evaluation: Evaluation = .everyEpoch,
        errorRate: (@Sendable (_ output: Matrix, _ target: L.Target) -> Double)? = nil,
        workers: Int = defaultWorkers, frozen: [Range<Int>] = [], penalty: Penalty? = nil,
        earlyStopping: EarlyStopping? = nil
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
        self.penalty = penalty
        self.earlyStopping = earlyStopping
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
    ///   - validation: examples measured after every epoch to stop early (required with
    ///     `earlyStopping`, and only used then).
    ///   - random: the generator that shuffles each epoch (and draws the model's training-mode
    ///     randomness, such as dropout masks).
    ///   - onEpoch: called after each measured epoch with its record (e.g. for a progress line);
    ///     with early stopping every epoch is measured.
    ///   - onStep: called after every step with its batch loss and the new parameters.
    /// - Throws: `TrainingError.diverged` as soon as a gradient or a measured training loss is not
    ///   finite; the model is then left as it was before training.
    public func train<M: Model>(
        _ model: inout M, on training: Dataset<L.Target>, test: Dataset<L.Target>? = nil,
        validation: Dataset<L.Target>? = nil, random: inout NumPyRandomState,
        onEpoch: ((EpochRecord) -> Void)? = nil, onStep: ((StepRecord) -> Void)? = nil
    ) throws -> TrainingHistory {
        var optimizer = self.optimizer
        return try train(
            &model, on: training, test: test, validation: validation, random: &random, optimizer: &optimizer,
            onEpoch: onEpoch, onStep: onStep)
    }

    /// `train` with the optimiser's state passed in and handed back (its moments and step count), to
    /// save in a ``TrainingCheckpoint`` and continue from later.
    public func train<M: Model>(
        _ model: inout M, on training: Dataset<L.Target>, test: Dataset<L.Target>? = nil,
        validation: Dataset<L.Target>? = nil, random: inout NumPyRandomState, optimizer: inout O,
        onEpoch: ((EpochRecord) -> Void)? = nil, onStep: ((StepRecord) -> Void)? = nil
    ) throws -> TrainingHistory {
        precondition(epochsDone >= 0 && epochsDone <= epochs, "epochsDone must lie between 0 and epochs")
        precondition(training.x.rows == model.inputSize, "The model expects \(model.inputSize) inputs")
        precondition(earlyStopping == nil || validation != nil, "Early stopping needs a validation set")
        for range in frozen {
            precondition(range.upperBound <= model.parameterCount, "Frozen range \(range) is outside φ")
        }
        let capacity = max(training.count, test?.count ?? 0, validation?.count ?? 0)
        let passes = model.makePasses(workers: workers, capacity: capacity)
        let run = TrainingRun(
            passes: passes, training: training, test: test, validation: earlyStopping == nil ? nil : validation,
            weights: penalty == nil ? [] : model.weightRanges, phi: model.parameters)
        let history = try BLASThreadPolicy.run(workers: passes.threadCount) {
            try optimize(run, optimizer: &optimizer, random: &random, onStep: onStep, onEpoch: onEpoch)
        }
        model.parameters = run.best?.phi ?? run.phi
        model.state = run.best?.state ?? passes.state
        return history
    }

    /// The epochs of `train`, updating `run.phi`.
    private func optimize(
        _ run: TrainingRun<L.Target>, optimizer: inout O, random: inout NumPyRandomState,
        onStep: ((StepRecord) -> Void)?, onEpoch: ((EpochRecord) -> Void)?
    ) throws -> TrainingHistory {
        var history = TrainingHistory(epochs: [], steps: 0)
        let (passes, training) = (run.passes, run.training)
        for epoch in (epochsDone + 1)..<(epochs + 1) {
            if let schedule { optimizer.learningRate = schedule.rate(at: epoch - 1) }
            for batch in epochBatches(count: training.count, random: &random) {
                let target = training.y.examples(batch)
                var batchLoss = 0.0
                var diverged = false
                optimizer.step(&run.phi) { candidate in
                    let output = passes.forward(candidate, columns: batch, of: training.x, random: &random)
                    let outputGradient = loss.gradient(output: output, target: target)
                    // A diverging run shows first in the outputs, so checking ∂L/∂f (one value per
                    // output and example) is enough, and far cheaper than checking all of ∂L/∂φ.
                    let finite = outputGradient.data.withUnsafeBufferPointer { g in
                        for v in g where !v.isFinite { return false }
                        return true
                    }
                    var gradient = passes.backward(candidate, outputGradient: outputGradient)
                    penalty?.addGradient(of: candidate, ranges: run.weights, to: &gradient)
                    for range in frozen { gradient.replaceSubrange(range, with: repeatElement(0, count: range.count)) }
                    if onStep != nil || !finite {
                        batchLoss = loss.value(output: output, target: target)
                        diverged = diverged || !finite
                    }
                    return gradient
                }
                history.steps += 1
                if diverged { throw TrainingError.diverged(epoch: epoch, loss: batchLoss) }
                onStep?(
                    StepRecord(
                        step: history.steps, epoch: epoch, learningRate: optimizer.learningRate,
                        batchLoss: batchLoss, parameters: run.phi))
            }
            let stopping = run.validation != nil
            guard stopping || evaluation.includes(epoch: epoch, of: epochs) else { continue }
            let (trainLoss, trainError) = measure(run.phi, on: training, with: passes)
            guard trainLoss.isFinite else { throw TrainingError.diverged(epoch: epoch, loss: trainLoss) }
            var record = EpochRecord(
                epoch: epoch, learningRate: optimizer.learningRate, trainLoss: trainLoss, trainError: trainError)
            if let test = run.test { (record.testLoss, record.testError) = measure(run.phi, on: test, with: passes) }
            if let validation = run.validation {
                let (loss, error) = measure(run.phi, on: validation, with: passes)
                (record.validationLoss, record.validationError) = (loss, error)
                if loss < run.best?.loss ?? .infinity { run.best = (loss, epoch, run.phi, passes.state) }
            }
            history.epochs.append(record)
            onEpoch?(record)
            if let earlyStopping, let best = run.best, epoch - best.epoch >= earlyStopping.patience { break }
        }
        history.bestEpoch = run.best?.epoch
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
        evaluation: Evaluation = .everyEpoch, workers: Int = defaultWorkers, frozen: [Range<Int>] = [],
        penalty: Penalty? = nil, earlyStopping: EarlyStopping? = nil
    ) {
        self.init(
            loss: loss, optimizer: optimizer, batchSize: batchSize, epochs: epochs, schedule: schedule,
            evaluation: evaluation, errorRate: classificationError, workers: workers, frozen: frozen,
            penalty: penalty, earlyStopping: earlyStopping)
    }
}
