import Foundation

/// Negative log-likelihood of the von Mises distribution for directions (eq. 5.34,
/// problem 5.3). The network predicts the mean direction μ = f; the concentration κ is
/// fixed (`1/√κ` is roughly a standard deviation, figure 5.13):
///
///     ℓ = −κ cos[y − f] + log[2π I₀(κ)].
///
/// Only the first term depends on f, so training minimises `−Σ cos[y_i − f_i]`.
/// With `.mean` it divides by the number of elements.
public struct VonMisesNLL: Loss {
    /// The concentration κ > 0.
    public var concentration: Double
    /// Sum (the book) or mean (PyTorch).
    public var reduction: Reduction

    public init(concentration: Double, reduction: Reduction = .sum) {
        precondition(concentration > 0, "κ must be positive")
        self.concentration = concentration
        self.reduction = reduction
    }

    public func value(output: Matrix, target: Matrix) -> Double {
        output.checkSameShape(asTarget: target)
        let constant = log(2 * .pi) + logBesselI0(concentration)
        var total = 0.0
        for (f, y) in Swift.zip(output.data, target.data) {
            total += -concentration * cos(y - f) + constant
        }
        return total * reduction.scale(terms: output.count)
    }

    /// `∂ℓ/∂f = −κ sin[y − f]`.
    public func gradient(output: Matrix, target: Matrix) -> Matrix {
        output.checkSameShape(asTarget: target)
        let scale = reduction.scale(terms: output.count)
        return output.zip(target) { f, y in -concentration * sin(y - f) * scale }
    }
}

/// `log I₀(κ)`, the log of the modified Bessel function of the first kind of order 0 that
/// normalises the von Mises distribution (eq. 5.34), for κ ≥ 0.
///
/// Uses the power series `I₀(κ) = Σ_m (κ²/4)^m / (m!)²` up to κ = 30 and the asymptotic
/// expansion `I₀(κ) ≈ e^κ / √(2πκ) · Σ_m [(2m−1)!!]² / (m! (8κ)^m)` beyond, whose log never
/// overflows.
public func logBesselI0(_ kappa: Double) -> Double {
    precondition(kappa >= 0, "κ must be non-negative")
    if kappa <= 30 {
        let q = kappa * kappa / 4
        var term = 1.0
        var sum = 1.0
        var m = 0.0
        repeat {
            m += 1
            term *= q / (m * m)
            sum += term
        } while term > sum * 1e-17
        return log(sum)
    }
    var term = 1.0
    var sum = 1.0
    var m = 0.0
    while true {
        m += 1
        let next = term * (2 * m - 1) * (2 * m - 1) / (m * 8 * kappa)
        if next >= term || next < sum * 1e-17 { break }
        term = next
        sum += term
    }
    return kappa - 0.5 * log(2 * .pi * kappa) + log(sum)
}
