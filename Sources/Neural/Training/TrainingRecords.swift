/// One optimiser step of a training run, handed to the `onStep` callback of ``Trainer``.
public struct StepRecord: Sendable {
    /// The step number, counted from 1 over the whole run.
    public var step: Int
    /// The epoch the step belongs to, counted from 1.
    public var epoch: Int
    /// The learning rate of the step.
    public var learningRate: Double
    /// The loss of the step's batch, measured in the forward pass that produced the gradient,
    /// before the update (as figure 7.8's training code prints it).
    public var batchLoss: Double
    /// The parameters φ after the update (the points of a descent path).
    public var parameters: [Double]
}

/// When ``Trainer`` measures the loss and error of the whole training and test sets.
public enum Evaluation: Sendable, Hashable {
    /// After every epoch (the curves of figure 8.2).
    case everyEpoch
    /// After every n-th epoch and after the last.
    case every(Int)
    /// Once, after the last epoch.
    case atEnd
    /// Never: the history holds no epochs, and the caller measures what it needs.
    case never

    /// Whether the epoch with (1-based) number `epoch` of `total` is measured.
    func includes(epoch: Int, of total: Int) -> Bool {
        switch self {
        case .everyEpoch: true
        case .every(let n): epoch % n == 0 || epoch == total
        case .atEnd: epoch == total
        case .never: false
        }
    }
}
