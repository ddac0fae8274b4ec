/// Nesterov accelerated momentum in the book's form (eq. 6.12): the gradient is taken at
/// the point the momentum is about to carry us to,
///
///     m ← β m + (1 − β) g(φ − α β m),   φ ← φ − α m.
///
/// PyTorch's `SGD(nesterov=True)` uses an algebraically rearranged variant without the
/// `(1 − β)` factor, so its trajectories differ.
public struct NesterovMomentum: Optimizer, Codable, Equatable {
    /// The step size α.
    public var learningRate: Double
    /// The momentum coefficient β ∈ [0, 1).
    public var beta: Double
    /// The momentum vector m (empty until the first step).
    public private(set) var momentum: [Double] = []

    public init(learningRate: Double, beta: Double) {
        self.learningRate = learningRate
        self.beta = beta
    }

    public mutating func step(_ parameters: inout [Double], gradient: ([Double]) -> [Double]) {
        if momentum.isEmpty { momentum = [Double](repeating: 0, count: parameters.count) }
        var lookAhead = parameters
        lookAhead.add(momentum, scaledBy: -learningRate * beta)
        let g = gradient(lookAhead)
        for i in momentum.indices { momentum[i] = beta * momentum[i] + (1 - beta) * g[i] }
        parameters.add(momentum, scaledBy: -learningRate)
    }
}
