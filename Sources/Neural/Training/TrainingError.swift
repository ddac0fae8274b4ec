/// Why training stopped early.
public enum TrainingError: Error, Equatable, CustomStringConvertible {
    /// The training loss became infinite or NaN in (1-based) `epoch`: usually the learning
    /// rate is too large (figure 6.3 shows gradient descent overshooting).
    case diverged(epoch: Int, loss: Double)

    public var description: String {
        switch self {
        case let .diverged(epoch, loss):
            "training diverged in epoch \(epoch): the loss became \(loss) (try a smaller learning rate)"
        }
    }
}
