import Foundation

/// A step-decay learning-rate schedule: the rate is multiplied by `factor` every `period`
/// steps (or epochs), `α_t = α₀ · factor^⌊t / period⌋` (section 6.3, notebook 6.3).
///
/// Same as PyTorch's `StepLR(step_size: period, gamma: factor)` when `t` counts epochs.
public struct StepDecay: Sendable, Hashable {
    /// α₀, the rate for the first period.
    public var initialRate: Double
    /// The multiplier applied at the end of each period (e.g. 0.5 halves the rate).
    public var factor: Double
    /// The number of steps between reductions.
    public var period: Int

    public init(initialRate: Double, factor: Double, period: Int) {
        precondition(period > 0, "The period must be positive")
        self.initialRate = initialRate
        self.factor = factor
        self.period = period
    }

    /// The learning rate at (0-based) step `t`.
    public func rate(at t: Int) -> Double {
        initialRate * pow(factor, Double(t / period))
    }
}
