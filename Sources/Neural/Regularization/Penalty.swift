import Foundation

/// An explicit regularization term added to the loss (section 9.1): `L[φ] + λ·g[φ]` with g summed
/// over the **weights only** (eq. 9.5 leaves the biases alone), so the penalty pulls the weights
/// towards zero.
///
/// - ``l2(_:)``: `g = Σ ω²` (eq. 9.5, Tikhonov or ridge; weight decay for plain SGD);
/// - ``l1(_:)``: `g = Σ |ω|` (LASSO; it drives weights to exactly zero);
/// - ``lp(_:p:)``: `g = Σ |ω|^p`, the L_P norms of section 9.1.1 and problem 9.3.
///
/// The ``Trainer`` adds the penalty's gradient to each batch's gradient (see ``Trainer/penalty``);
/// the losses it reports stay the data term alone.
public enum Penalty: Sendable, Hashable {
    case l2(Double)
    case l1(Double)
    case lp(Double, p: Double)

    /// λ·g[ω] over the values `weights`.
    public func value(_ weights: some Collection<Double>) -> Double {
        switch self {
        case .l2(let lambda): lambda * weights.reduce(0) { $0 + $1 * $1 }
        case .l1(let lambda): lambda * weights.reduce(0) { $0 + abs($1) }
        case .lp(let lambda, let p): lambda * weights.reduce(0) { $0 + pow(abs($1), p) }
        }
    }

    /// `∂(λ·g)/∂ω` for one weight: 2λω, λ·sign ω (0 at 0), λp|ω|^(p−1)·sign ω. L1 and L_P with
    /// p ≤ 1 have no derivative at 0; the value there is 0, a subgradient.
    public func derivative(_ w: Double) -> Double {
        switch self {
        case .l2(let lambda): 2 * lambda * w
        case .l1(let lambda): w == 0 ? 0 : lambda * (w > 0 ? 1 : -1)
        case .lp(let lambda, let p): w == 0 ? 0 : lambda * p * pow(abs(w), p - 1) * (w > 0 ? 1 : -1)
        }
    }

    /// The penalty of the entries `ranges` of φ.
    public func value(_ phi: [Double], ranges: [Range<Int>]) -> Double {
        ranges.reduce(0) { $0 + value(phi[$1]) }
    }

    /// Adds the penalty's gradient over `ranges` to `gradient`.
    public func addGradient(of phi: [Double], ranges: [Range<Int>], to gradient: inout [Double]) {
        for range in ranges {
            for i in range { gradient[i] += derivative(phi[i]) }
        }
    }
}
