/// Stochastic gradient descent with momentum in the book's form (eq. 6.11):
///
///     m ← β m + (1 − β) g(φ),   φ ← φ − α m,     m₀ = 0.
///
/// The momentum is a weighted average, so the effective step is α. PyTorch's
/// `SGD(momentum=μ)` instead accumulates without the `(1 − β)` factor; see `PyTorchMomentum`.
public struct Momentum: Optimizer, Codable, Equatable {
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
        let g = gradient(parameters)
        for i in momentum.indices { momentum[i] = beta * momentum[i] + (1 - beta) * g[i] }
        parameters.add(momentum, scaledBy: -learningRate)
    }
}

/// Momentum as implemented by PyTorch's `SGD(lr, momentum=μ)` (used by figure 7.8):
///
///     v ← μ v + g(φ),   φ ← φ − lr · v,     v₀ = 0.
///
/// Equivalent to the book's eq. 6.11 with β = μ and α = lr/(1 − μ), up to the start-up phase.
public struct PyTorchMomentum: Optimizer, Codable, Equatable, Sendable {
    /// The learning rate `lr`.
    public var learningRate: Double
    /// The momentum coefficient μ.
    public var momentum: Double
    /// The velocity buffer v (empty until the first step).
    public private(set) var velocity: [Double] = []

    public init(learningRate: Double, momentum: Double) {
        self.learningRate = learningRate
        self.momentum = momentum
    }

    public mutating func step(_ parameters: inout [Double], gradient: ([Double]) -> [Double]) {
        if velocity.isEmpty { velocity = [Double](repeating: 0, count: parameters.count) }
        let g = gradient(parameters)
        precondition(g.count == parameters.count && velocity.count == parameters.count, "φ, g and v must match")
        // One pass over raw buffers, which the compiler vectorizes (no bounds checks in the loop).
        let (mu, rate) = (momentum, learningRate)
        g.withUnsafeBufferPointer { g in
            velocity.withUnsafeMutableBufferPointer { v in
                parameters.withUnsafeMutableBufferPointer { phi in
                    for i in 0..<phi.count {
                        let next = mu * v[i] + g[i]
                        v[i] = next
                        phi[i] -= rate * next
                    }
                }
            }
        }
    }
}
