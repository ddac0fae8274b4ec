import Foundation
import Neural

/// Section 8.4.1 and notebook 8.4: distances and volumes in many dimensions.
enum HighDimensions {
    /// The largest over the smallest Euclidean distance between distinct points, the columns of `x`.
    /// All pairs at once: ‖a − b‖² = ‖a‖² + ‖b‖² − 2 aᵀb, with the inner products from one matrix product.
    static func distanceRatio(_ x: Matrix) -> Double {
        let gram = Matrix.multiply(x, x, transposeA: true)
        var (nearest, farthest) = (Double.infinity, 0.0)
        for i in 0..<x.cols {
            for j in (i + 1)..<x.cols {
                let d2 = gram[i, i] + gram[j, j] - 2 * gram[i, j]
                (nearest, farthest) = (min(nearest, d2), max(farthest, d2))
            }
        }
        return (farthest / nearest).squareRoot()
    }

    /// `count` points drawn from a D-dimensional standard normal, as notebook 8.4 draws
    /// `normal(size=(D, count))` row by row: point j is column j.
    static func gaussianPoints(dimension: Int, count: Int, random: inout NumPyRandomState) -> Matrix {
        Matrix(rows: dimension, cols: count, data: random.normal(count: dimension * count))
    }

    /// The volume of a D-dimensional ball of radius r (eq. 8.8, problem 8.7): π^{D/2} r^D / Γ(D/2 + 1).
    static func ballVolume(radius: Double, dimension: Int) -> Double {
        let d = Double(dimension)
        return exp(d / 2 * log(Double.pi) + d * log(radius) - lgamma(d / 2 + 1))
    }

    /// The share of a ball's volume within 1 % of its radius from the surface (problem 8.8): the
    /// inner ball of radius 0.99 holds V(0.99)/V(1) = 0.99^D of it (eq. 8.8's r^D), so the shell holds
    /// 1 − 0.99^D. Written as the power rather than the ratio, which overflows for large D.
    static func outerShellShare(dimension: Int) -> Double {
        -expm1(Double(dimension) * log(0.99))
    }
}

extension HighDimensions {
    /// The density of the distance from the centre of a D-dimensional standard normal sample: the
    /// chi distribution with D degrees of freedom (problem 8.9),
    /// r^{D−1} e^{−r²/2} / (2^{D/2 − 1} Γ(D/2)).
    static func chiDensity(_ r: Double, dimension: Int) -> Double {
        guard r > 0 else { return dimension == 1 ? (2 / Double.pi).squareRoot() : 0 }
        let d = Double(dimension)
        let logPower: Double = (d - 1) * log(r)
        let logNormaliser: Double = (d / 2 - 1) * log(2.0) + lgamma(d / 2)
        return exp(logPower - r * r / 2 - logNormaliser)
    }

    /// The distances from the centre of `count` standard normal samples in `dimension` dimensions.
    static func distancesFromCentre(dimension: Int, count: Int, random: inout NumPyRandomState) -> [Double] {
        (0..<count).map { _ in random.normal(count: dimension).reduce(0) { $0 + $1 * $1 }.squareRoot() }
    }
}
