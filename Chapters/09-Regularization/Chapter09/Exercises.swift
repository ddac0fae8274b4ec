// Your solutions to the exercises of chapter 9.
//
// Each function below starts as a stub that throws `NotYetSolved()`. Replace the
// body with your answer, then run `swift run ch09 check` (or `swift run ch09 check 9.2`
// for one exercise). The checks compare your answer with closed forms, finite differences
// and the core's own implementation.
import Companion

/// Problem 9.1. With a normal prior Norm[0, σ_φ²] on every parameter and normal noise of variance σ²,
/// maximising the posterior is least squares plus λ·Σφ² (eq. 9.5). Return that λ.
public func l2StrengthOfPrior(noiseVariance: Double, priorVariance: Double) throws -> Double {
    throw NotYetSolved()
}

/// Problem 9.2. The gradient of L[φ] + λ·Σ_j φ_j² (eq. 9.5), given the gradient of L alone.
public func gradientWithL2(lossGradient: [Double], phi: [Double], lambda: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 9.3. Linear regression f = φ0 + φ1·x with the summed least-squares loss; each input
/// gets independent noise of variance `noiseVariance` at every step. Return the expected
/// gradient [∂L/∂φ0, ∂L/∂φ1] over the noise.
public func expectedGradientWithInputNoise(phi: [Double], x: [Double], y: [Double], noiseVariance: Double) throws
    -> [Double]
{
    throw NotYetSolved()
}

/// Problem 9.4. The cross-entropy of `logits` when the target puts 0.9 on class `label` and spreads
/// 0.1 evenly over the other classes.
public func labelSmoothedLoss(logits: [Double], label: Int) throws -> Double {
    throw NotYetSolved()
}

/// Problem 9.5. One weight-decay step φ ← (1 − λ)φ − α·∂L/∂φ (eq. 9.22) is a plain gradient step
/// on L̃[φ] = L[φ] + c·Σφ². Return c.
public func weightDecayPenaltyCoefficient(learningRate: Double, decay: Double) throws -> Double {
    throw NotYetSolved()
}

/// Problem 9.6. The L_P regularization term Σ_d |φ_d|^P; for P = 0 it counts the non-zero entries.
public func lpRegularizer(phi: [Double], p: Double) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 9.1. The derivatives [∂/∂φ0, ∂/∂φ1] of the penalty λ·(φ0² + (φ1 − 12.5)²).
public func penaltyDerivatives(phi: [Double], lambda: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 9.2. The implicit regularizer (α/4)·‖∇L‖² of eq. 9.8, given the gradient ∇L.
public func implicitRegularizer(gradient: [Double], alpha: Double) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 9.3. The median of the models' predictions at one input (for an even number of
/// models, the mean of the two middle values, as `np.median` takes it).
public func ensembleMedian(predictions: [Double]) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 9.4. The posterior mean μ = Σ·H·y/σ² with Σ = (H·Hᵀ/σ² + I/σ_p²)⁻¹, where `h[i][j]` is
/// feature i of example j (the last feature all ones) and `y[j]` the targets.
public func posteriorMean(h: [[Double]], y: [Double], noiseVariance: Double, priorVariance: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 9.5. A signal shifted circularly by `offset` positions to the right (values that leave
/// the end re-enter at the start) and multiplied by `factor`.
public func augmentSignal(_ signal: [Double], offset: Int, factor: Double) throws -> [Double] {
    throw NotYetSolved()
}
