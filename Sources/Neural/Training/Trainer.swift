/// Minibatch stochastic gradient descent for a `Network` (sections 6.2–6.3, notebook 8.1).
///
/// Each epoch shuffles the training examples with a NumPy-compatible generator, splits them
/// into minibatches of `batchSize` (the last may be shorter) and takes one optimiser step per
/// minibatch with the gradient of `loss` on that batch (eq. 6.10). The learning rate follows
/// `schedule` epoch by epoch. After every epoch the loss (and, when `errorRate` is set, the
/// error rate) is measured on the whole training and test sets.
///
/// The forward and backward passes reuse preallocated buffers (see `BackpropagationWorkspace`),
/// so the loop spends its time in `dgemm` rather than in allocation. With `workers > 1` every
/// minibatch and every evaluation is split by examples over that many threads, each running
/// OpenBLAS single-threaded (see `ParallelBackpropagation` and `BLASThreadPolicy`).
///
/// The same generator state and worker count give bit-for-bit the same history, however the
/// threads are scheduled. Different worker counts group the sums over examples differently, so
/// their histories agree to rounding error at first and may drift apart slowly over many steps.
public struct Trainer<L: Loss, O: Optimizer> where L.Target: ExampleSelectable {
    /// The loss `L[φ]` minimised on each minibatch.
    public var loss: L
    /// The optimiser with its initial settings; every `train` call starts from a fresh copy.
    public var optimizer: O
    /// The number of examples per minibatch.
    public var batchSize: Int
    /// The number of passes through the training set.
    public var epochs: Int
    /// The learning rate per epoch; `nil` keeps the optimiser's own rate.
    public var schedule: StepDecay?
    /// An error measure reported next to the loss (e.g. `classificationError`), or `nil`.
    public var errorRate: (@Sendable (_ output: Matrix, _ target: L.Target) -> Double)?
    /// The number of threads that share each minibatch and each evaluation (at most one per
    /// example). 1 runs everything on the calling thread and leaves OpenBLAS's threads alone.
    public var workers: Int

    /// The default `workers`: 2, a fixed number rather than the core count so that the history
    /// does not depend on the machine's size. On two cores it beats one worker with two OpenBLAS
    /// threads because the products of a 100-example batch are too small for OpenBLAS to split
    /// well; on one core the calling thread simply does both halves.
    public static var defaultWorkers: Int { 2 }

    public init(
        loss: L, optimizer: O, batchSize: Int, epochs: Int, schedule: StepDecay? = nil,
        errorRate: (@Sendable (_ output: Matrix, _ target: L.Target) -> Double)? = nil,
        workers: Int = defaultWorkers
    ) {
        precondition(batchSize > 0, "The batch size must be positive")
        precondition(epochs >= 0, "The number of epochs cannot be negative")
        precondition(workers >= 1, "Need at least one worker")
        self.loss = loss
        self.optimizer = optimizer
        self.batchSize = batchSize
        self.epochs = epochs
        self.schedule = schedule
        self.errorRate = errorRate
        self.workers = workers
    }

    /// The minibatches of one epoch: a fresh permutation of `0..<count` drawn from `random`
    /// (as `np.random.permutation`), cut into consecutive groups of `batchSize`.
    public func epochBatches(count: Int, random: inout NumPyRandomState) -> [[Int]] {
        minibatches(random.permutation(count), size: batchSize)
    }

    /// Trains `network` in place and returns one record per epoch.
    ///
    /// - Parameters:
    ///   - network: the network to train; it holds the trained parameters afterwards.
    ///   - training: the examples the optimiser sees.
    ///   - test: examples only measured, never trained on.
    ///   - random: the generator that shuffles each epoch.
    ///   - onEpoch: called after each epoch with its record (e.g. to update a progress line).
    /// - Throws: `TrainingError.diverged` as soon as the training loss is not finite; the
    ///   network is then left as it was before training.
    public func train(
        _ network: inout Network, on training: Dataset<L.Target>, test: Dataset<L.Target>? = nil,
        random: inout NumPyRandomState, onEpoch: ((EpochRecord) -> Void)? = nil
    ) throws -> TrainingHistory {
        precondition(training.x.rows == network.inputSize, "The network expects \(network.inputSize) inputs")
        let passes = ParallelBackpropagation(
            network: network, workers: workers,
            capacity: max(training.count, test?.count ?? 0))
        var phi = network.parameters
        let history = try BLASThreadPolicy.run(workers: workers) {
            try optimize(&phi, passes: passes, on: training, test: test, random: &random, onEpoch: onEpoch)
        }
        network.parameters = phi
        return history
    }

    /// The epochs of `train`, updating φ in place.
    private func optimize(
        _ phi: inout [Double], passes: ParallelBackpropagation, on training: Dataset<L.Target>,
        test: Dataset<L.Target>?, random: inout NumPyRandomState, onEpoch: ((EpochRecord) -> Void)?
    ) throws -> TrainingHistory {
        var optimizer = self.optimizer
        var history = TrainingHistory(epochs: [], steps: 0)
        for epoch in 0..<epochs {
            if let schedule { optimizer.learningRate = schedule.rate(at: epoch) }
            for batch in epochBatches(count: training.count, random: &random) {
                let target = training.y.examples(batch)
                optimizer.step(&phi) { candidate in
                    let output = passes.forward(candidate, columns: batch, of: training.x)
                    return passes.backward(candidate, outputGradient: loss.gradient(output: output, target: target))
                }
                history.steps += 1
            }
            let (trainLoss, trainError) = measure(phi, on: training, with: passes)
            guard trainLoss.isFinite else { throw TrainingError.diverged(epoch: epoch + 1, loss: trainLoss) }
            var record = EpochRecord(
                epoch: epoch + 1, learningRate: optimizer.learningRate,
                trainLoss: trainLoss, trainError: trainError)
            if let test { (record.testLoss, record.testError) = measure(phi, on: test, with: passes) }
            history.epochs.append(record)
            onEpoch?(record)
        }
        return history
    }

    /// The loss and error rate of parameters φ on a whole data set.
    private func measure(
        _ phi: [Double], on data: Dataset<L.Target>,
        with passes: ParallelBackpropagation
    ) -> (loss: Double, error: Double?) {
        let output = passes.output(phi, of: data.x)
        return (loss.value(output: output, target: data.y), errorRate?(output, data.y))
    }
}

extension Trainer where L == CrossEntropy {
    /// A classifier trainer that reports the classification error (section 8.1) next to the loss.
    public init(
        loss: CrossEntropy, optimizer: O, batchSize: Int, epochs: Int, schedule: StepDecay? = nil,
        workers: Int = defaultWorkers
    ) {
        self.init(
            loss: loss, optimizer: optimizer, batchSize: batchSize, epochs: epochs, schedule: schedule,
            errorRate: classificationError, workers: workers)
    }
}
