import Foundation
import Neural

/// Correct answers to the exercises, built on the core's losses where one exists.
/// `swift run ch05 check --reference` runs the checks on these.
enum Reference {
    static func logisticSigmoid(_ z: Double) throws -> Double { sigmoid(z) }

    static func binaryLoss(lambda: Double, y: Int) throws -> Double {
        -Double(1 - y) * log(1 - lambda) - Double(y) * log(lambda)
    }

    static func vonMisesLoss(f: [Double], y: [Double], kappa: Double) throws -> Double {
        VonMisesNLL(concentration: kappa).value(output: Matrix(row: f), target: Matrix(row: y))
    }

    static func vonMisesLossGradient(f: [Double], y: [Double], kappa: Double) throws -> [Double] {
        VonMisesNLL(concentration: kappa).gradient(output: Matrix(row: f), target: Matrix(row: y)).data
    }

    /// The density peaks at y = f; reduce f by whole turns into (−π, π].
    static func vonMisesPrediction(f: Double) throws -> Double {
        let r = remainder(f, 2 * .pi)
        return r <= -.pi ? r + 2 * .pi : r
    }

    static func mixtureLoss(y: [Double], theta: [[Double]]) throws -> Double {
        zip(y, theta).reduce(0) { $0 - log(Distributions.mixture($1.0, theta: $1.1)) }
    }

    /// λ = sig[f_1]; means as they are; variances exp[f] (the network predicts log σ²).
    static func mixtureParameters(outputs: [Double]) throws -> [Double] {
        [sigmoid(outputs[0]), outputs[1], exp(outputs[2]), outputs[3], exp(outputs[4])]
    }

    /// A grid search over the means ± 6 standard deviations, then golden-section refinement
    /// around the best grid point.
    static func mixtureMode(theta: [Double]) throws -> Double {
        let spread = 6 * max(theta[2], theta[4]).squareRoot()
        let low = min(theta[1], theta[3]) - spread
        let high = max(theta[1], theta[3]) + spread
        let count = 20_000
        let step = (high - low) / Double(count)
        let density = { (y: Double) in Distributions.mixture(y, theta: theta) }
        let best = (0...count).map { low + Double($0) * step }.max { density($0) < density($1) }!
        var a = best - step
        var b = best + step
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<60 {
            let c = b - ratio * (b - a)
            let d = a + ratio * (b - a)
            if density(c) > density(d) { b = d } else { a = c }
        }
        return (a + b) / 2
    }

    static func vonMisesMixtureDensity(y: Double, theta: [Double]) throws -> Double {
        theta[0] * Distributions.vonMises(y, mean: theta[1], concentration: theta[2])
            + (1 - theta[0]) * Distributions.vonMises(y, mean: theta[3], concentration: theta[4])
    }

    static func vonMisesMixtureOutputCount() throws -> Int { 5 }

    static func poissonLoss(f: [Double], y: [Int]) throws -> Double {
        PoissonNLL().value(output: Matrix(row: f), target: Matrix(row: y.map(Double.init)))
    }

    static func poissonLossGradient(f: [Double], y: [Int]) throws -> [Double] {
        PoissonNLL().gradient(output: Matrix(row: f), target: Matrix(row: y.map(Double.init))).data
    }

    static func independentNormalLikelihood(y: [Double], mu: [Double], sigma: Double) throws -> Double {
        zip(y, mu).reduce(1) { $0 * Distributions.normal($1.0, mean: $1.1, sigma: sigma) }
    }

    static func heteroscedasticLoss(outputs: [Double], y: [Double]) throws -> Double {
        HeteroscedasticGaussianNLL(mapping: .square).value(output: Matrix(column: outputs), target: Matrix(column: y))
    }

    static func heteroscedasticLossGradient(outputs: [Double], y: [Double]) throws -> [Double] {
        HeteroscedasticGaussianNLL(mapping: .square)
            .gradient(output: Matrix(column: outputs), target: Matrix(column: y)).data
    }

    static func standardizeTargets(_ targets: [[Double]]) throws -> [[Double]] {
        let count = Double(targets.count)
        let columns = targets[0].indices.map { d in targets.map { $0[d] } }
        let means = columns.map { $0.reduce(0, +) / count }
        let deviations = zip(columns, means).map { column, mean in
            (column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / count).squareRoot()
        }
        return targets.map { row in row.indices.map { (row[$0] - means[$0]) / deviations[$0] } }
    }

    /// Von Mises NLL for the direction plus exponential NLL −f_2 + exp[f_2]·s for the speed.
    static func windLoss(outputs: [[Double]], direction: [Double], speed: [Double], kappa: Double) throws -> Double {
        let directionLoss = try vonMisesLoss(f: outputs.map { $0[0] }, y: direction, kappa: kappa)
        let speedLoss = zip(outputs, speed).reduce(0) { $0 - $1.0[1] + exp($1.0[1]) * $1.1 }
        return directionLoss + speedLoss
    }

    static func normalDistribution(y: Double, mu: Double, sigma: Double) throws -> Double {
        Distributions.normal(y, mean: mu, sigma: sigma)
    }

    static func computeLikelihood(y: [Double], mu: [Double], sigma: Double) throws -> Double {
        try independentNormalLikelihood(y: y, mu: mu, sigma: sigma)
    }

    static func computeNegativeLogLikelihood(y: [Double], mu: [Double], sigma: Double) throws -> Double {
        GaussianNLL(variance: sigma * sigma).value(output: Matrix(row: mu), target: Matrix(row: y))
    }

    static func computeSumOfSquares(y: [Double], mu: [Double]) throws -> Double {
        LeastSquares().value(output: Matrix(row: mu), target: Matrix(row: y))
    }

    /// The first candidate with the smallest score (NumPy's argmin).
    static func argmin(_ candidates: [Double], _ score: (Double) throws -> Double) rethrows -> Double {
        var best = candidates[0]
        var bestScore = try score(best)
        for candidate in candidates.dropFirst() {
            let s = try score(candidate)
            if s < bestScore { best = candidate; bestScore = s }
        }
        return best
    }

    static func bestRegressionOffset(x: [Double], y: [Double], offsets: [Double]) throws -> Double {
        try argmin(offsets) {
            try computeNegativeLogLikelihood(
                y: y, mu: NotebookModel.regression(x, beta1: $0), sigma: NotebookModel.sigma)
        }
    }

    static func bestSigma(y: [Double], mu: [Double], sigmas: [Double]) throws -> Double {
        try argmin(sigmas) { try computeNegativeLogLikelihood(y: y, mu: mu, sigma: $0) }
    }

    static func bernoulliDistribution(y: Int, lambda: Double) throws -> Double {
        Distributions.bernoulli(y, lambda: lambda)
    }

    static func computeBernoulliLikelihood(y: [Int], lambda: [Double]) throws -> Double {
        zip(y, lambda).reduce(1) { $0 * Distributions.bernoulli($1.0, lambda: $1.1) }
    }

    static func computeBernoulliNegativeLogLikelihood(y: [Int], lambda: [Double]) throws -> Double {
        zip(y, lambda).reduce(0) { $0 - log(Distributions.bernoulli($1.0, lambda: $1.1)) }
    }

    static func bestBinaryOffset(x: [Double], y: [Int], offsets: [Double]) throws -> Double {
        let target = Matrix(row: y.map(Double.init))
        return argmin(offsets) {
            BinaryCrossEntropy().value(output: Matrix(row: NotebookModel.binaryLogits(x, beta1: $0)), target: target)
        }
    }

    static func softmaxColumns(_ z: [[Double]]) throws -> [[Double]] {
        let p = softmax(Matrix(z))
        return (0..<p.rows).map { p.row($0) }
    }

    static func computeCategoricalLikelihood(y: [Int], lambda: [[Double]]) throws -> Double {
        y.enumerated().reduce(1) { $0 * lambda[$1.element][$1.offset] }
    }

    static func computeCategoricalNegativeLogLikelihood(y: [Int], lambda: [[Double]]) throws -> Double {
        y.enumerated().reduce(0) { $0 - log(lambda[$1.element][$1.offset]) }
    }

    static func bestMulticlassOffset(x: [Double], y: [Int], offsets: [Double]) throws -> Double {
        argmin(offsets) {
            CrossEntropy().value(output: Matrix(NotebookModel.multiclassLogits(x, beta10: $0)), target: y)
        }
    }
}
