import Foundation

/// The toy model of section 7.3 (eq. 7.5): a chain of sin, exp and cos with eight scalar
/// parameters, f[x, φ] = β3 + ω3·cos[β2 + ω2·exp[β1 + ω1·sin[β0 + ω0·x]]], and the
/// least-squares term ℓ = (f − y)² (eq. 7.6).
struct ToyModel: Sendable, Equatable {
    /// β0 … β3.
    var beta: [Double]
    /// ω0 … ω3.
    var omega: [Double]

    /// Notebook 7.1's parameters, input and target.
    static let notebook = ToyModel(beta: [1.0, 2.0, -3.0, 0.4], omega: [0.1, -0.4, 2.0, 3.0])
    static let notebookX = 2.3
    static let notebookY = 2.0

    /// The three activations a_1 = sin, a_2 = exp, a_3 = cos (index 0…2) and their derivatives.
    static func activation(_ k: Int, _ z: Double) -> Double { [sin, exp, cos][k](z) }
    static func activationDerivative(_ k: Int, _ z: Double) -> Double { [cos, exp, { -sin($0) }][k](z) }

    /// What the forward pass of eq. 7.8 stores.
    struct Trace: Sendable {
        /// f0 … f3 (f3 is the model output).
        var f: [Double]
        /// h1 … h3 (stored at index 0…2).
        var h: [Double]
        /// ℓ = (f3 − y)².
        var loss: Double
    }

    /// Forward pass (eq. 7.8): f_0 = β0 + ω0 x, h_{k+1} = a[f_k], f_{k+1} = β_{k+1} + ω_{k+1} h_{k+1}.
    func forward(x: Double, y: Double) -> Trace {
        var f = [beta[0] + omega[0] * x]
        var h = [Double]()
        for k in 0..<3 {
            h.append(Self.activation(k, f[k]))
            f.append(beta[k + 1] + omega[k + 1] * h[k])
        }
        return Trace(f: f, h: h, loss: (f[3] - y) * (f[3] - y))
    }

    /// Backward pass #1 (eqs. 7.10–7.12): ∂ℓ/∂f_k for k = 0…3 and ∂ℓ/∂h_k for k = 1…3 (at index 0…2).
    func backward(_ trace: Trace, y: Double) -> (dF: [Double], dH: [Double]) {
        var dF = [Double](repeating: 0, count: 4)
        var dH = [Double](repeating: 0, count: 3)
        dF[3] = 2 * (trace.f[3] - y)  // eq. 7.10
        for k in stride(from: 2, through: 0, by: -1) {
            dH[k] = omega[k + 1] * dF[k + 1]  // ∂f_{k+1}/∂h_{k+1} = ω_{k+1}
            dF[k] = Self.activationDerivative(k, trace.f[k]) * dH[k]  // ∂h_{k+1}/∂f_k = a′[f_k]
        }
        return (dF, dH)
    }

    /// Backward pass #2 (eqs. 7.13–7.15): [∂ℓ/∂β0, ∂ℓ/∂ω0, …, ∂ℓ/∂β3, ∂ℓ/∂ω3].
    func parameterGradient(x: Double, y: Double) -> [Double] {
        let trace = forward(x: x, y: y)
        let dF = backward(trace, y: y).dF
        let sources = [x] + trace.h  // ∂f_k/∂ω_k = x for k = 0, h_k otherwise
        return (0..<4).flatMap { [dF[$0], dF[$0] * sources[$0]] }
    }

    /// The parameters in the order of `parameterGradient`.
    var parameters: [Double] {
        get { (0..<4).flatMap { [beta[$0], omega[$0]] } }
        set {
            beta = (0..<4).map { newValue[2 * $0] }
            omega = (0..<4).map { newValue[2 * $0 + 1] }
        }
    }

    /// ∂ℓ/∂ω0 written out by hand (eq. 7.7, with the bracket around f − y where the notebook
    /// puts it): −2(f − y)·ω1ω2ω3·x·cos[f0]·exp[f1]·sin[f2].
    func omega0ByHand(x: Double, y: Double) -> Double {
        let t = forward(x: x, y: y)
        return -2 * (t.f[3] - y) * omega[1] * omega[2] * omega[3] * x * cos(t.f[0]) * exp(t.f[1]) * sin(t.f[2])
    }
}
