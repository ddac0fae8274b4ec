/// Early stopping (section 9.3.1; Goodfellow et al., Algorithm 7.1): after every epoch the loss on
/// a validation set is measured; training stops once it has not improved for `patience` epochs,
/// and the model gets back the parameters (and running statistics) of the best epoch.
public struct EarlyStopping: Sendable, Hashable {
    /// Epochs without a new best validation loss before training stops.
    public var patience: Int

    public init(patience: Int) {
        precondition(patience > 0, "The patience must be at least one epoch")
        self.patience = patience
    }
}
