import Foundation
import Neural

/// Dropout as an ensemble (section 9.3.3; Goodfellow et al. §7.12): every mask of dropped inputs is
/// a model, and the weight-scaling rule — keep every input, halve the weights — stands in for
/// averaging them all. For softmax regression, p(y | x) = softmax(W x + b), the stand-in is exact:
/// halving W gives the normalised geometric mean of the 2ⁿ masked models' predictions (eq. 7.66).
enum DropoutEnsemble {
    /// softmax(W (m ⊙ x) + b): the model with input mask m (1 keeps an input, 0 drops it).
    static func predict(weights: [[Double]], bias: [Double], input: [Double], mask: [Double]) -> [Double] {
        softmax(
            weights.indices.map { k in
                bias[k] + zip(weights[k], zip(mask, input)).reduce(0) { $0 + $1.0 * $1.1.0 * $1.1.1 }
            })
    }

    /// The normalised geometric mean over all 2ⁿ masks (each input kept with probability ½).
    static func geometricMean(weights: [[Double]], bias: [Double], input: [Double]) -> [Double] {
        let n = input.count
        var logSums = [Double](repeating: 0, count: bias.count)
        for code in 0..<(1 << n) {
            let mask = (0..<n).map { Double((code >> $0) & 1) }
            let p = predict(weights: weights, bias: bias, input: input, mask: mask)
            for k in logSums.indices { logSums[k] += log(p[k]) }
        }
        let unnormalised = logSums.map { exp($0 / Double(1 << n)) }
        let total = unnormalised.reduce(0, +)
        return unnormalised.map { $0 / total }
    }

    /// The arithmetic mean over all 2ⁿ masks: what Monte Carlo dropout estimates.
    static func arithmeticMean(weights: [[Double]], bias: [Double], input: [Double]) -> [Double] {
        let n = input.count
        var sums = [Double](repeating: 0, count: bias.count)
        for code in 0..<(1 << n) {
            let mask = (0..<n).map { Double((code >> $0) & 1) }
            let p = predict(weights: weights, bias: bias, input: input, mask: mask)
            for k in sums.indices { sums[k] += p[k] }
        }
        return sums.map { $0 / Double(1 << n) }
    }

    /// The weight-scaling rule: every input kept, weights multiplied by the keep probability ½.
    static func weightScaling(weights: [[Double]], bias: [Double], input: [Double]) -> [Double] {
        predict(weights: weights.map { $0.map { $0 / 2 } }, bias: bias, input: input, mask: input.map { _ in 1 })
    }

    static func softmax(_ z: [Double]) -> [Double] {
        let top = z.max()!
        let e = z.map { exp($0 - top) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
    }

    /// A random softmax regression with `inputs` inputs and three classes, and one input, from `seed`.
    static func example(inputs: Int, seed: UInt32) -> (weights: [[Double]], bias: [Double], input: [Double]) {
        var random = NumPyRandomState(seed: seed)
        let weights = (0..<3).map { _ in (0..<inputs).map { _ in random.standardNormal() } }
        let bias = (0..<3).map { _ in random.standardNormal() }
        let input = (0..<inputs).map { _ in random.standardNormal() }
        return (weights, bias, input)
    }
}
