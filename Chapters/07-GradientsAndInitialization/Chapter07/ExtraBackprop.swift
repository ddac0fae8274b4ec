import Foundation
import Neural

/// The unrolled example of Algorithm 5.1 in *Mathematical Engineering of Deep Learning*
/// (§5.4, figure 5.8): four layers of one neuron each, a1 = ReLU(θ1ᵀx), a2 = tanh(θ2 a1),
/// a3 = sig(θ3 a2), a4 = θ4 a3, with C = ½(a4 − y)². The backward recursion works on the
/// adjoints ζ_ℓ = ∂C/∂a_ℓ (their eq. 5.26).
struct FourNeuronChain {
    var theta1: [Double]
    var theta2: Double
    var theta3: Double
    var theta4: Double

    /// Values chosen for the demo (the source gives none).
    static let example = FourNeuronChain(theta1: [0.3, -0.2, 0.4], theta2: 0.8, theta3: -1.5, theta4: 2.0)
    static let exampleX = [1.0, -0.5, 2.0]
    static let exampleY = 1.0

    func activations(_ x: [Double]) -> [Double] {
        let a1 = max(0, zip(theta1, x).reduce(0) { $0 + $1.0 * $1.1 })
        let a2 = tanh(theta2 * a1)
        let a3 = sigmoid(theta3 * a2)
        return [a1, a2, a3, theta4 * a3]
    }

    func cost(_ x: [Double], _ y: Double) -> Double {
        let a4 = activations(x)[3]
        return 0.5 * (a4 - y) * (a4 - y)
    }

    /// Algorithm 5.1: the adjoints ζ4 … ζ1 and the gradient [g_θ1 (3 entries), g_θ2, g_θ3, g_θ4].
    func backward(_ x: [Double], _ y: Double) -> (zeta: [Double], gradient: [Double]) {
        let a = activations(x)
        let z1 = zip(theta1, x).reduce(0) { $0 + $1.0 * $1.1 }
        let tanhSlope = 1 - a[1] * a[1]
        let sigSlope = a[2] * (1 - a[2])
        let zeta4 = a[3] - y  // Ċ(a4)
        let zeta3 = theta4 * zeta4  // ḟ_a⁴
        let zeta2 = theta3 * sigSlope * zeta3  // ḟ_a³
        let zeta1 = theta2 * tanhSlope * zeta2  // ḟ_a²
        let g1 = x.map { $0 * (z1 >= 0 ? 1 : 0) * zeta1 }  // ḟ_θ¹
        return (
            [zeta4, zeta3, zeta2, zeta1],
            g1 + [a[0] * tanhSlope * zeta2, a[1] * sigSlope * zeta3, a[2] * zeta4]
        )
    }

    var parameters: [Double] {
        get { theta1 + [theta2, theta3, theta4] }
        set { theta1 = Array(newValue[0..<3]); theta2 = newValue[3]; theta3 = newValue[4]; theta4 = newValue[5] }
    }
}

/// The worked gradient-descent step of the study notes (chapter 6 part): the line
/// y = w·x + b on (1, 2), (2, 3), (3, 4), mean-squared error, from w = b = 0 with rate 0.01.
enum StudyNotesStep {
    static let x = [1.0, 2.0, 3.0]
    static let y = [2.0, 3.0, 4.0]
    static let learningRate = 0.01

    /// [∂L/∂b, ∂L/∂w] of the mean-squared error at (b, w): the core's summed gradient over 3.
    static func gradient(b: Double, w: Double) -> [Double] {
        LinearRegression(intercept: b, slope: w).gradient(x: x, y: y).map { $0 / Double(x.count) }
    }

    /// One step of gradient descent from (0, 0): [b, w] afterwards.
    static func step() -> [Double] {
        var phi = [0.0, 0.0]
        var descent = GradientDescent(learningRate: learningRate)
        descent.step(&phi) { gradient(b: $0[0], w: $0[1]) }
        return phi
    }
}

/// Numeric checks of the variance arguments of §7.5 and of *Mathematical Engineering of Deep
/// Learning* §5.5, by sampling.
enum VarianceChecks {
    /// E[ReLU(a)²] for a ~ N(0, σ²), estimated from `samples` draws (problem 7.14: σ²/2).
    static func reluSecondMoment(sigma: Double, samples: Int = 200_000) -> Double {
        var rng = NumPyRandomState(seed: 1)
        return (0..<samples).reduce(0) { sum, _ in
            let a = max(0, sigma * rng.standardNormal()); return sum + a * a
        } / Double(samples)
    }

    /// The variance after `layers` random layers of `width` units with weight variance `w`,
    /// identity activation (Xavier's derivation) or ReLU (He's), for standard-normal inputs.
    static func outputVariance(layers: Int, width: Int, weightVariance w: Double, activation: Activation) -> Double {
        var rng = NumPyRandomState(seed: 2)
        let sizes = [Int](repeating: width, count: layers + 1)
        let network = Network(
            sizes: sizes, activation: activation, initialization: .variance(w),
            normal: { rng.standardNormal() })
        let x = Matrix(rows: width, cols: 500, data: rng.normal(count: width * 500))
        return populationVariance(network(x).data)
    }
}
