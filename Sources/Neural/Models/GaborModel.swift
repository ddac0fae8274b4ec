import Foundation

/// The Gabor model of section 6.1.2 (eq. 6.8), a two-parameter nonlinear model whose
/// least-squares loss has many local minima and saddle points (figure 6.4):
///
///     z = φ0 + 0.06·φ1·x,   f[x, φ] = sin(z) · exp(−z²/32).
///
/// φ0 shifts the wave packet (larger φ0 moves it left) and φ1 squeezes it along x
/// (figure 6.2). The loss is the sum of squared errors of eq. 6.9; gradients over a
/// minibatch are sums over its examples, as in eq. 6.10 and notebooks 6.3, 6.4 and 9.1.
public struct GaborModel: Sendable, Equatable {
    /// φ0, the offset of the centre.
    public var phi0: Double
    /// φ1, the frequency (how strongly x is squeezed).
    public var phi1: Double

    /// The factor 0.06 that multiplies φ1·x in eq. 6.8.
    public static let inputScale = 0.06
    /// The 32 in the Gaussian envelope exp(−z²/32) of eq. 6.8.
    public static let envelopeWidth = 32.0

    public init(phi0: Double, phi1: Double) {
        self.phi0 = phi0
        self.phi1 = phi1
    }

    /// A model from the parameter vector φ = [φ0, φ1].
    public init(_ phi: [Double]) {
        precondition(phi.count == 2, "the Gabor model has two parameters")
        self.init(phi0: phi[0], phi1: phi[1])
    }

    /// The parameters as the vector φ = [φ0, φ1].
    public var phi: [Double] { [phi0, phi1] }

    /// The argument z = φ0 + 0.06·φ1·x of the sine and the envelope.
    func argument(_ x: Double) -> Double { phi0 + GaborModel.inputScale * phi1 * x }

    /// The prediction f[x, φ] of eq. 6.8.
    public func predict(_ x: Double) -> Double {
        let z = argument(x)
        return sin(z) * exp(-z * z / GaborModel.envelopeWidth)
    }

    /// [∂f/∂φ0, ∂f/∂φ1] at input x: ∂f/∂φ0 = (cos z − sin z · z/16)·exp(−z²/32) and
    /// ∂f/∂φ1 = 0.06·x·∂f/∂φ0.
    public func derivatives(at x: Double) -> [Double] {
        let z = argument(x)
        let envelope = exp(-z * z / GaborModel.envelopeWidth)
        let dz = (cos(z) - sin(z) * 2 * z / GaborModel.envelopeWidth) * envelope
        return [dz, GaborModel.inputScale * x * dz]
    }

    /// L[φ] = Σ_i (f[x_i, φ] − y_i)² over the examples in `batch` (all of them when nil),
    /// eq. 6.9.
    public func loss(x: [Double], y: [Double], batch: [Int]? = nil) -> Double {
        precondition(x.count == y.count, "x and y must have the same length")
        var total = 0.0
        for i in batch ?? Array(x.indices) {
            let residual = predict(x[i]) - y[i]
            total += residual * residual
        }
        return total
    }

    /// [∂L/∂φ0, ∂L/∂φ1] = Σ_i 2(f[x_i, φ] − y_i)·∂f/∂φ over `batch` (all examples when nil):
    /// the answer to problem 6.3, summed over a minibatch as in eq. 6.10.
    public func gradient(x: [Double], y: [Double], batch: [Int]? = nil) -> [Double] {
        precondition(x.count == y.count, "x and y must have the same length")
        var g0 = 0.0
        var g1 = 0.0
        for i in batch ?? Array(x.indices) {
            let residual = predict(x[i]) - y[i]
            let d = derivatives(at: x[i])
            g0 += 2 * residual * d[0]
            g1 += 2 * residual * d[1]
        }
        return [g0, g1]
    }
}
