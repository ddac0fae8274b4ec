/// Gradient descent with normalised gradients (eqs. 6.13–6.14, notebook 6.5):
///
///     m ← g,   v ← g²,   φ ← φ − α m / (√v + ε),
///
/// so every coordinate moves by (almost exactly) α in the downhill direction: the sign of
/// the gradient. It does not converge on its own but oscillates around the minimum.
/// PyTorch has no built-in equivalent; it equals `Adam` with β = γ = 0.
public struct NormalizedGradientDescent: Optimizer, Codable, Equatable {
    /// The step size α.
    public var learningRate: Double
    /// ε, guarding against division by zero (notebook 6.5 uses 1e-20).
    public var epsilon: Double

    public init(learningRate: Double, epsilon: Double = 1e-20) {
        self.learningRate = learningRate
        self.epsilon = epsilon
    }

    public mutating func step(_ parameters: inout [Double], gradient: ([Double]) -> [Double]) {
        let g = gradient(parameters)
        for i in parameters.indices {
            parameters[i] -= learningRate * g[i] / ((g[i] * g[i]).squareRoot() + epsilon)
        }
    }
}
