import Foundation

/// Adaptive moment estimation (eqs. 6.15–6.17). With the step counter t starting at 0:
///
///     m ← β m + (1 − β) g,        v ← γ v + (1 − γ) g²,
///     m̃ = m / (1 − β^(t+1)),      ṽ = v / (1 − γ^(t+1)),
///     φ ← φ − α m̃ / (√ṽ + ε).
///
/// The bias correction makes the first step move every coordinate by ≈ α.
/// The defaults are notebook 6.5's (β = 0.9, γ = 0.99, ε = 1e-20); PyTorch's
/// `Adam(lr, betas=(β, γ), eps=ε)` applies the same formula with defaults
/// lr = 1e-3, (0.9, 0.999), 1e-8, available as `Adam.pytorch()`.
public struct Adam: Optimizer, Codable, Equatable {
    /// The step size α.
    public var learningRate: Double
    /// β, decay of the first-moment (momentum) estimate.
    public var beta: Double
    /// γ, decay of the second-moment estimate.
    public var gamma: Double
    /// ε, added to √ṽ.
    public var epsilon: Double
    /// The number of steps taken so far, t.
    public private(set) var stepCount = 0
    /// The first-moment estimate m.
    public private(set) var firstMoment: [Double] = []
    /// The second-moment estimate v.
    public private(set) var secondMoment: [Double] = []

    public init(learningRate: Double, beta: Double = 0.9, gamma: Double = 0.99, epsilon: Double = 1e-20) {
        self.learningRate = learningRate
        self.beta = beta
        self.gamma = gamma
        self.epsilon = epsilon
    }

    /// Adam with PyTorch's defaults: β = 0.9, γ = 0.999, ε = 1e-8.
    public static func pytorch(learningRate: Double = 1e-3) -> Adam {
        Adam(learningRate: learningRate, beta: 0.9, gamma: 0.999, epsilon: 1e-8)
    }

    public mutating func step(_ parameters: inout [Double], gradient: ([Double]) -> [Double]) {
        if firstMoment.isEmpty {
            firstMoment = [Double](repeating: 0, count: parameters.count)
            secondMoment = firstMoment
        }
        let g = gradient(parameters)
        let t = Double(stepCount + 1)
        let mCorrection = 1 / (1 - pow(beta, t))
        let vCorrection = 1 / (1 - pow(gamma, t))
        for i in parameters.indices {
            firstMoment[i] = beta * firstMoment[i] + (1 - beta) * g[i]
            secondMoment[i] = gamma * secondMoment[i] + (1 - gamma) * g[i] * g[i]
            let mHat = firstMoment[i] * mCorrection
            let vHat = secondMoment[i] * vCorrection
            parameters[i] -= learningRate * mHat / (vHat.squareRoot() + epsilon)
        }
        stepCount += 1
    }
}
