import Foundation
import Neural

/// Correct answers to the exercises; `swift run ch09 check --reference` runs the checks on these.
enum Reference {
    /// NLL = Σ(y − f)²/(2σ²) + Σφ²/(2σ_φ²); times 2σ² this is least squares plus (σ²/σ_φ²)·Σφ².
    static func l2StrengthOfPrior(noiseVariance: Double, priorVariance: Double) throws -> Double {
        noiseVariance / priorVariance
    }

    static func gradientWithL2(lossGradient: [Double], phi: [Double], lambda: Double) throws -> [Double] {
        zip(lossGradient, phi).map { $0 + 2 * lambda * $1 }
    }

    /// The noise-free gradient plus 2·I·σ_x²·φ1 on the slope (the noise's mean is zero, its square σ_x²).
    static func expectedGradientWithInputNoise(phi: [Double], x: [Double], y: [Double], noiseVariance: Double) throws
        -> [Double]
    {
        let residuals = zip(x, y).map { phi[0] + phi[1] * $0 - $1 }
        let g0 = residuals.reduce(0) { $0 + 2 * $1 }
        let g1 = zip(residuals, x).reduce(0) { $0 + 2 * $1.0 * $1.1 } + 2 * Double(x.count) * noiseVariance * phi[1]
        return [g0, g1]
    }

    static func labelSmoothedLoss(logits: [Double], label: Int) throws -> Double {
        let k = Double(logits.count)
        // PyTorch's smoothing ε gives 1 − ε + ε/K to the label and ε/K elsewhere: ε = 0.1·K/(K − 1).
        return CrossEntropy(reduction: .sum, labelSmoothing: 0.1 * k / (k - 1)).value(
            output: Matrix(rows: logits.count, cols: 1, data: logits), target: [label])
    }

    /// φ − α(∇L + 2cφ) = (1 − 2αc)φ − α∇L, so 2αc = λ.
    static func weightDecayPenaltyCoefficient(learningRate: Double, decay: Double) throws -> Double {
        decay / (2 * learningRate)
    }

    static func lpRegularizer(phi: [Double], p: Double) throws -> Double {
        p == 0 ? Double(phi.count { $0 != 0 }) : phi.reduce(0) { $0 + pow(abs($1), p) }
    }

    static func penaltyDerivatives(phi: [Double], lambda: Double) throws -> [Double] {
        ExplicitRegularization.penaltyGradient(phi, lambda: lambda)
    }
}

extension Reference {
    static func implicitRegularizer(gradient: [Double], alpha: Double) throws -> Double {
        alpha / 4 * gradient.reduce(0) { $0 + $1 * $1 }
    }

    static func ensembleMedian(predictions: [Double]) throws -> Double {
        let sorted = predictions.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    static func posteriorMean(h: [[Double]], y: [Double], noiseVariance: Double, priorVariance: Double) throws
        -> [Double]
    {
        let size = h.count
        let precision = (0..<size).map { i in
            (0..<size).map { j in
                zip(h[i], h[j]).reduce(0) { $0 + $1.0 * $1.1 } / noiseVariance + (i == j ? 1 / priorVariance : 0)
            }
        }
        let covariance = inverseOfPositiveDefinite(precision)!
        let hy = h.map { row in zip(row, y).reduce(0) { $0 + $1.0 * $1.1 } / noiseVariance }
        return covariance.map { row in zip(row, hy).reduce(0) { $0 + $1.0 * $1.1 } }
    }

    static func augmentSignal(_ signal: [Double], offset: Int, factor: Double) throws -> [Double] {
        Augmentation.transform(signal, offset: offset, factor: factor)
    }
}
