// Your solutions to the exercises of chapter 6.
//
// Each function below starts as a stub that throws `NotYetSolved()`. Replace the
// body with your answer, then run `swift run ch06 check` (or `swift run ch06 check 6.3`
// for one exercise). Losses are sums over the data points and minibatch gradients are
// sums over the batch, as in the book and the notebooks. Random draws use NumPy's
// legacy generator: `var random = NumPyRandomState(seed: UInt32(seed))` (import Neural).
import Companion
import Neural

// MARK: Problems

/// Problem 6.1. For one training pair (x, y) of the line model, ℓ = (φ0 + φ1·x − y)².
/// Return [∂ℓ/∂φ0, ∂ℓ/∂φ1] (eq. 6.7).
public func exampleGradient(phi0: Double, phi1: Double, x: Double, y: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 6.2. Return the 2×2 Hessian [[∂²L/∂φ0², ∂²L/∂φ0∂φ1], [∂²L/∂φ1∂φ0, ∂²L/∂φ1²]] of the
/// least-squares loss of eq. 6.5 for inputs x (it does not depend on φ or y).
public func lineHessian(x: [Double]) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Problem 6.3. Return [∂L/∂φ0, ∂L/∂φ1] of the least-squares loss L = Σ_i (f[x_i, φ] − y_i)² of
/// the Gabor model f = sin(z)·exp(−z²/32), z = φ0 + 0.06·φ1·x (eq. 6.8); phi = [φ0, φ1].
public func gaborLossGradient(phi: [Double], x: [Double], y: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 6.4 (ii). Logistic regression Pr(y = 1|x) = sig[φ0 + φ1·x] (eq. 6.21). Return the
/// binary cross-entropy loss summed over the data, Σ −[y_i log p_i + (1 − y_i) log(1 − p_i)].
public func logisticLoss(phi: [Double], x: [Double], y: [Double]) throws -> Double {
    throw NotYetSolved()
}

/// Problem 6.4 (iii). Return [∂L/∂φ0, ∂L/∂φ1] of the loss above.
public func logisticGradient(phi: [Double], x: [Double], y: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 6.4 (v). Return the 2×2 Hessian of the loss above at phi. (If it is positive
/// semi-definite for every phi, the loss is convex.)
public func logisticHessian(phi: [Double], x: [Double], y: [Double]) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Problem 6.5. The network f = φ0 + Σ_k φ_k·ReLU[θ_k0 + θ_k1·x] of eq. 3.1 (k = 1, 2, 3).
/// `parameters` = [φ0, φ1, φ2, φ3, θ10, θ11, θ20, θ21, θ30, θ31]. Return the derivatives of the
/// least-squares loss Σ_i (f[x_i] − y_i)² with respect to these ten parameters, in the same order.
public func shallowNetworkGradient(parameters: [Double], x: [Double], y: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 6.6, first part. Look at figure 6.11 (`swift run ch06 figures`). Return, for panels
/// a, b and c, whether the function is convex.
public func convexPanels() throws -> [Bool] {
    throw NotYetSolved()
}

/// Problem 6.6, second part. Classify points 1–7 of figure 6.11, in order.
public func classifyPoints() throws -> [PointKind] {
    throw NotYetSolved()
}

/// Problem 6.8. Can (non-stochastic) gradient descent with a fixed learning rate escape a local minimum?
public func fixedStepCanEscape() throws -> Bool {
    throw NotYetSolved()
}

/// Problem 6.9. How many epochs do `iterations` SGD steps with batches of `batchSize` make on a
/// dataset of `datasetSize` examples? (The book: 1,000 iterations, 100 examples, batches of 20.)
public func epochCount(iterations: Int, datasetSize: Int, batchSize: Int) throws -> Double {
    throw NotYetSolved()
}

/// Problem 6.10. With m_0 = 0 and m_{t+1} = β·m_t + (1 − β)·g_t (eq. 6.11), m_t is a weighted
/// sum of g_0 … g_{t−1}. Return the weights [w_0, …, w_{t−1}] of m_t for t = `steps`.
public func momentumWeights(beta: Double, steps: Int) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 6.11. Return the shape [rows, columns] of the Hessian of a model with `parameterCount` parameters.
public func hessianShape(parameterCount: Int) throws -> [Int] {
    throw NotYetSolved()
}

// MARK: Notebooks

/// Notebook 6.1. The bracketing line search of figure 6.10. Start from a ≤ b ≤ c ≤ d; while
/// |b − c| > threshold and fewer than maxIterations updates have been made, evaluate the loss at the
/// four points and apply the first rule that fits: (1) if L(a) is the smallest (ties go to a), move
/// b, c and d halfway towards a; (2) if L(b) < L(c), set d = c and put b, c at the thirds of [a, d];
/// (3) otherwise set a = b and put b, c at the thirds of [a, d]. Return (b + c)/2.
public func bracketLineSearch(
    loss: @Sendable (Double) -> Double, a: Double, b: Double, c: Double, d: Double,
    threshold: Double, maxIterations: Int
) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 6.2. The least-squares loss of the line φ[0] + φ[1]·x (a sum over the data; the notebook's
/// "Correct loss" is 12.367 at φ = (0.6, −0.2) on the data of figure 6.1).
public func linearLoss(phi: [Double], x: [Double], y: [Double]) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 6.2. The gradient [∂L/∂φ0, ∂L/∂φ1] of that loss.
public func linearGradient(phi: [Double], x: [Double], y: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 6.2. One step of gradient descent with line search: g = ∇L(φ); α = the bracketing
/// search of L(φ − α·g) over the bracket (0, 0.033, 0.066, 0.1), threshold 1e-5, at most 15
/// updates; return φ − α·g.
public func lineSearchStep(phi: [Double], x: [Double], y: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 6.3. The least-squares loss of the Gabor model (16.419 at φ = (0.6, −0.2) on the notebook's data).
public func gaborModelLoss(phi: [Double], x: [Double], y: [Double]) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 6.3. Gradient descent with a fixed step on the Gabor loss: return the path
/// [φ_0 = start, φ_1, …, φ_steps] with φ ← φ − rate·∇L(φ) over all the data.
public func gaborFixedStepPath(x: [Double], y: [Double], start: [Double], rate: Double, steps: Int) throws -> [[Double]]
{
    throw NotYetSolved()
}

/// Notebook 6.3. SGD on the Gabor loss: seed a NumPyRandomState with `seed`; before each step draw the
/// batch as the first `batchSize` entries of `permutation(x.count)`; φ ← φ − rate·(gradient summed over
/// the batch). Return the path [start, φ_1, …, φ_steps].
public func gaborSGDPath(
    x: [Double], y: [Double], start: [Double], rate: Double, batchSize: Int,
    steps: Int, seed: Int
) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Notebook 6.3. The same SGD with a learning-rate schedule: step t (from 0) uses
/// rate · factor^⌊t / period⌋.
public func gaborScheduledSGDPath(
    x: [Double], y: [Double], start: [Double], rate: Double, factor: Double, period: Int,
    batchSize: Int, steps: Int, seed: Int
) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Notebook 6.4. SGD with momentum (eq. 6.11), m_0 = 0, batches drawn as in `gaborSGDPath`.
public func gaborMomentumPath(
    x: [Double], y: [Double], start: [Double], rate: Double, beta: Double, batchSize: Int,
    steps: Int, seed: Int
) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Notebook 6.4. SGD with Nesterov momentum (eq. 6.12): the batch gradient is taken at φ − rate·β·m.
public func gaborNesterovPath(
    x: [Double], y: [Double], start: [Double], rate: Double, beta: Double, batchSize: Int,
    steps: Int, seed: Int
) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Notebook 6.5. Gradient descent with normalised gradients (eqs. 6.13–6.14) with ε = 1e-20:
/// return the path [start, φ_1, …, φ_steps].
public func normalizedGradientPath(
    gradient: @Sendable ([Double]) -> [Double], start: [Double], rate: Double,
    steps: Int
) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Notebook 6.5. Adam (eqs. 6.15–6.17) with m_0 = v_0 = 0, the bias corrections 1 − β^(t+1) and
/// 1 − γ^(t+1) for the step t = 0, 1, …, and ε = 1e-20: return the path [start, φ_1, …, φ_steps].
public func adamPath(
    gradient: @Sendable ([Double]) -> [Double], start: [Double], rate: Double, beta: Double,
    gamma: Double, steps: Int
) throws -> [[Double]] {
    throw NotYetSolved()
}
