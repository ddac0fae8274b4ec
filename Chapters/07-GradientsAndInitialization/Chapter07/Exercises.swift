// Your solutions to the exercises of chapter 7.
//
// Each function below starts as a stub that throws `NotYetSolved()`. Replace the body with
// your answer, then run `swift run ch07 check` (or `swift run ch07 check 7.4` for one). The
// checks compare your answers with the book's and the notebooks' numbers, with finite
// differences and with closed forms. Networks are given as `[Layer]`: `layers[k].weights` is
// Ω_k (D_{k+1} × D_k), `layers[k].biases` is β_k; hidden layers use ReLU, the last is linear.
import Companion
import Neural

/// Problem 7.1. The two-layer network of eq. 7.34 with ReLU a[•] and the 13 parameters in the
/// order φ0, φ1, φ2, θ01, θ11, θ02, θ12, ψ01, ψ11, ψ21, ψ02, ψ12, ψ22. Return ∂y/∂(each
/// parameter), in that order, worked out directly (a′[z] = I[z > 0]).
public func twoLayerDerivatives(parameters: [Double], x: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 7.2. For the toy model (eq. 7.5) with β0…β3 = beta and ω0…ω3 = omega, evaluate at
/// input x the last factor of each line of eq. 7.12, in order:
/// [∂h3/∂f2, ∂f2/∂h2, ∂h2/∂f1, ∂f1/∂h1, ∂h1/∂f0].
public func chainFinalTerms(beta: [Double], omega: [Double], x: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 7.3. A network has hidden layers of D1, D2, D3 units and Df outputs. Return the
/// size [rows, columns] of each of the seven terms of eq. 7.19, left to right, in the book's
/// convention (∂a/∂b holds ∂a_i/∂b_j in column i and row j).
public func termSizes(d1: Int, d2: Int, d3: Int, df: Int) throws -> [[Int]] {
    throw NotYetSolved()
}

/// Problem 7.4. Return ∂ℓ/∂f for ℓ = (y − f)² (eq. 7.35).
public func leastSquaresDerivative(f: Double, y: Double) throws -> Double {
    throw NotYetSolved()
}

/// Problem 7.5. Return ∂ℓ/∂f for the binary cross-entropy of eq. 7.36 (f is the logit).
public func binaryCrossEntropyDerivative(f: Double, y: Double) throws -> Double {
    throw NotYetSolved()
}

/// Problem 7.6. For z = β + Ωh, return the matrix ∂z/∂h with ∂z_i/∂h_j in row j, column i.
public func affineJacobian(omega: Matrix) throws -> Matrix {
    throw NotYetSolved()
}

/// Problem 7.7. Return ∂h/∂f for h = sig[f] (eq. 7.37). (Then look at it for f = ±20.)
public func sigmoidDerivative(f: Double) throws -> Double {
    throw NotYetSolved()
}

/// Problem 7.8. Return [∂Heaviside/∂z, ∂rect/∂z] (eqs. 7.38–7.39) at a z where both are
/// differentiable (not 0 or 1). What can gradient descent do with that?
public func stepFunctionDerivatives(z: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 7.9. Given ∂ℓ/∂f and h for f = β + Ωh, return ∂ℓ/∂Ω (same shape as Ω).
public func weightGradient(dLdf: [Double], h: [Double]) throws -> Matrix {
    throw NotYetSolved()
}

/// Problem 7.10. Backpropagation with leaky ReLU hidden units (eq. 7.41, slope alpha below 0):
/// return ∂ℓ/∂φ for ℓ = Σ (f − y)² as Ω_0 (row by row), β_0, Ω_1, β_1, … (`Network.parameters` order).
public func leakyReLUGradient(layers: [Layer], alpha: Double, x: [Double], y: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 7.11. Gradient checkpointing: in the forward pass keep only the values entering
/// layers 0, every, 2·every, …; in the backward pass recompute each block's activations from
/// its checkpoint. Return the gradient of ℓ = Σ (f − y)² (order as in 7.10) and how many
/// affine layers you evaluated a second time.
public func checkpointedGradient(layers: [Layer], x: [Double], y: [Double], every: Int) throws -> (
    gradient: [Double], recomputed: Int
) {
    throw NotYetSolved()
}

/// Problem 7.12. Reverse mode on eq. 7.43: return
/// [∂y/∂f5, ∂y/∂f4, ∂y/∂f3, ∂y/∂f2, ∂y/∂f1, ∂y/∂x] at x.
public func reverseModeDerivatives(x: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 7.13. Forward mode on eq. 7.43: return
/// [∂f1/∂x, ∂f2/∂x, ∂f3/∂x, ∂f4/∂x, ∂f5/∂x, ∂y/∂x] at x.
public func forwardModeDerivatives(x: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 7.14. For a symmetric zero-mean a with standard deviation sigma, return E[ReLU(a)²].
public func reluSecondMoment(sigma: Double) throws -> Double {
    throw NotYetSolved()
}

/// Problem 7.15. Set every weight and bias of the 10-40-40-5 network of figure 7.8 to zero and
/// run `steps` steps of gradient descent on its data. How many different rows does Ω_0 have then?
public func distinctHiddenUnitsAfterZeroInit(steps: Int) throws -> Int {
    throw NotYetSolved()
}

/// Problem 7.16. Port figure 7.8: draw from `NumPyRandomState(seed: 0)` x (100 × 10) then
/// y (100 × 5) with `normal`, then He weights layer by layer with `Network(sizes:initialization:
/// normal:)`; each epoch draw `permutation(100)` and take batches of 10 in that order; loss
/// `LeastSquares(reduction: .mean)`; `PyTorchMomentum` (0.9) with rate 0.1 halved every 10 epochs.
/// Return each epoch's loss: the sum of its batch losses, each before its update.
public func figure78Losses(epochs: Int) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 7.17. As 7.16, but draw y as 100 × 1 and use 1 where the draw is positive, else 0; the
/// network is 10-40-40-1 and the loss `BinaryCrossEntropy(reduction: .mean)` on its logit.
public func binaryFigure78Losses(epochs: Int) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 7.1, forward pass (eq. 7.8). Return [f0, h1, f1, h2, f2, h3, f3, ℓ].
public func toyForward(beta: [Double], omega: [Double], x: Double, y: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 7.1, backward pass #1 (eqs. 7.10–7.12). Return
/// [∂ℓ/∂f3, ∂ℓ/∂h3, ∂ℓ/∂f2, ∂ℓ/∂h2, ∂ℓ/∂f1, ∂ℓ/∂h1, ∂ℓ/∂f0].
public func toyBackward(beta: [Double], omega: [Double], x: Double, y: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 7.1, backward pass #2 (eqs. 7.13–7.15). Return
/// [∂ℓ/∂β0, ∂ℓ/∂ω0, ∂ℓ/∂β1, ∂ℓ/∂ω1, ∂ℓ/∂β2, ∂ℓ/∂ω2, ∂ℓ/∂β3, ∂ℓ/∂ω3].
public func toyParameterGradient(beta: [Double], omega: [Double], x: Double, y: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 7.2, forward pass (eq. 7.23). Return the network output for input x.
public func deepForward(layers: [Layer], x: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 7.2, backward pass (eqs. 7.24–7.25, a′ = I[f > 0]). Return ∂ℓ/∂φ for ℓ = Σ (f − y)²
/// as Ω_0 (row by row), β_0, Ω_1, β_1, ….
public func deepBackward(layers: [Layer], x: [Double], y: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 7.3, forward. Reseed `NumPyRandomState` with 0; draw Ω_0 (D × 1), Ω_K (1 × D), then
/// Ω_1 … Ω_{K−1} (D × D) with `normal`, each times √variance; biases zero. Then draw 1000 inputs
/// `normal(count: 1000)` and return the std (ddof 0) of h_1 … h_K over all units and inputs.
public func forwardStds(hiddenLayers: Int, width: Int, variance: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 7.3, backward. Same parameters (reseeded); then for 100 points draw x = one
/// `normal`, target 0, ℓ = (f − 0)², backpropagate with a′ = I[f ≥ 0]. Return the std of ∂ℓ/∂f_k
/// over units and points for k = K−1 down to 1 (f_k feeds hidden layer k + 1).
public func backwardStds(hiddenLayers: Int, width: Int, variance: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 7.3, the fix. Return the weight variance that keeps both passes stable for square
/// layers of `width` ReLU units.
public func stableVariance(width: Int) throws -> Double {
    throw NotYetSolved()
}
