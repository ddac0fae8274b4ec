import Foundation
import Neural

/// Plausible mistakes the exercise checks must reject (the test-suite feeds them in).
enum Wrong {
    /// Problem 5.4: the weights inside the logarithm's sum moved outside it.
    static func mixtureLossWeightsOutsideLog(y: [Double], theta: [[Double]]) throws -> Double {
        var total = 0.0
        for (value, t) in zip(y, theta) {
            total -= t[0] * log(Distributions.normal(value, mean: t[1], sigma: t[2].squareRoot()))
            total -= (1 - t[0]) * log(Distributions.normal(value, mean: t[3], sigma: t[4].squareRoot()))
        }
        return total
    }

    /// Problem 5.7: one normal over the distance ‖y − μ‖ instead of a product of ten.
    static func singleNormalOverDistance(y: [Double], mu: [Double], sigma: Double) throws -> Double {
        let squares = zip(y, mu).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        return Distributions.normal(squares.squareRoot(), mean: 0, sigma: sigma)
    }

    /// Problem 5.8: the raw output used as the variance (its size, to keep it positive).
    static func heteroscedasticRawVariance(outputs: [Double], y: [Double]) throws -> Double {
        let d = y.count
        var total = 0.0
        for k in 0..<d {
            let variance = abs(outputs[d + k])
            let r = y[k] - outputs[k]
            total += r * r / (2 * variance) + 0.5 * log(2 * .pi * variance)
        }
        return total
    }

    /// Problem 5.8: the log-variance term forgotten, so shrinking σ is free.
    static func heteroscedasticWithoutLogTerm(outputs: [Double], y: [Double]) throws -> Double {
        let d = y.count
        var total = 0.0
        for k in 0..<d {
            let variance = outputs[d + k] * outputs[d + k]
            let r = y[k] - outputs[k]
            total += r * r / (2 * variance)
        }
        return total
    }

    /// Problem 5.9: one mean and standard deviation for the whole table.
    static func standardizeJointly(_ rows: [[Double]]) throws -> [[Double]] {
        let all = rows.flatMap { $0 }
        let mean = all.reduce(0, +) / Double(all.count)
        let sd = (all.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) } / Double(all.count)).squareRoot()
        return rows.map { $0.map { ($0 - mean) / sd } }
    }

    /// Problem 5.9: dividing each column by its largest value (no centring).
    static func divideByMaximum(_ rows: [[Double]]) throws -> [[Double]] {
        let maxima = rows[0].indices.map { d in rows.map { abs($0[d]) }.max()! }
        return rows.map { row in row.indices.map { row[$0] / maxima[$0] } }
    }

    /// Problem 5.10: the exponential's rate taken as f_2 itself, not exp[f_2].
    static func windRateWithoutExp(outputs: [[Double]], direction: [Double], speed: [Double], kappa: Double) throws
        -> Double
    {
        var speedLoss = 0.0
        for (o, s) in zip(outputs, speed) { speedLoss += -log(o[1]) + o[1] * s }
        return try Reference.vonMisesLoss(f: outputs.map { $0[0] }, y: direction, kappa: kappa) + speedLoss
    }
}
