import Foundation

/// The logistic sigmoid `sig[z] = 1 / (1 + exp[−z])` (eqs. 5.18 and 7.37).
///
/// Evaluated without overflow for large `|z|`: for negative `z` it uses the
/// equivalent form `exp[z] / (1 + exp[z])`.
@inlinable
public func sigmoid(_ z: Double) -> Double {
    if z >= 0 { return 1 / (1 + exp(-z)) }
    let e = exp(z)
    return e / (1 + e)
}

/// The softplus `log[1 + exp[z]]` (figure 3.13c), computed stably:
/// `max(z, 0) + log1p(exp(−|z|))`.
@inlinable
public func softplus(_ z: Double) -> Double {
    max(z, 0) + log1p(exp(-abs(z)))
}

/// The standard normal cumulative distribution `Φ(z) = (1 + erf(z/√2)) / 2`.
@inlinable
public func standardNormalCDF(_ z: Double) -> Double {
    0.5 * erfc(-z / 2.0.squareRoot())
}

/// The standard normal density `φ(z) = exp(−z²/2) / √(2π)`.
@inlinable
public func standardNormalPDF(_ z: Double) -> Double {
    exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
}
