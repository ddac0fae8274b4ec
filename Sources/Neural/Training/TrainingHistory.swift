/// What one epoch of training achieved, measured on the whole training and test sets
/// after the epoch's last step (the curves of figure 8.2).
public struct EpochRecord: Equatable, Sendable {
    /// The epoch number, counted from 1.
    public var epoch: Int
    /// The learning rate used during the epoch.
    public var learningRate: Double
    /// The loss on the training set, with the loss's own reduction (sum or mean).
    public var trainLoss: Double
    /// The error rate on the training set (a fraction), when the trainer measures one.
    public var trainError: Double?
    /// The loss on the test set, when there is one.
    public var testLoss: Double?
    /// The error rate on the test set.
    public var testError: Double?
    /// The loss and error rate on the validation set, when the trainer stops early.
    public var validationLoss: Double?
    public var validationError: Double?

    public init(
        epoch: Int, learningRate: Double, trainLoss: Double, trainError: Double? = nil,
        testLoss: Double? = nil, testError: Double? = nil
    ) {
        self.epoch = epoch
        self.learningRate = learningRate
        self.trainLoss = trainLoss
        self.trainError = trainError
        self.testLoss = testLoss
        self.testError = testError
    }
}

/// The record of a training run: one entry per epoch, in order.
public struct TrainingHistory: Equatable, Sendable {
    /// The epochs, first to last.
    public var epochs: [EpochRecord]
    /// The number of optimiser steps taken (minibatches processed).
    public var steps: Int
    /// With early stopping, the epoch whose parameters the model was given back.
    public var bestEpoch: Int?

    public init(epochs: [EpochRecord] = [], steps: Int = 0) {
        self.epochs = epochs
        self.steps = steps
    }

    /// The last epoch's record.
    public var final: EpochRecord? { epochs.last }
}
