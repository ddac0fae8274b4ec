/// Gradient descent with a fixed step (eq. 6.3): `φ ← φ − α ∂L/∂φ`.
///
/// Given minibatch gradients it is stochastic gradient descent (eq. 6.10), the same update
/// as PyTorch's `SGD(lr=α)` without momentum.
public struct GradientDescent: Optimizer, Codable, Equatable {
    /// The step size α.
    public var learningRate: Double

    public init(learningRate: Double) {
        self.learningRate = learningRate
    }

    public mutating func step(_ parameters: inout [Double], gradient: ([Double]) -> [Double]) {
        parameters.add(gradient(parameters), scaledBy: -learningRate)
    }
}
