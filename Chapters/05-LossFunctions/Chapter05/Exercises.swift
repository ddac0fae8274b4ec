// Your solutions to the exercises of chapter 5.
//
// Each function below starts as a stub that throws `NotYetSolved()`. Replace the body
// with your answer, then run `swift run ch05 check` (or `swift run ch05 check 5.3a` for
// one exercise). The checks compare your answer with the notebooks' printed values, with
// closed forms, with numerical integration and with finite differences.
//
// Helpers you may call: `NotebookModel.regression(x, beta1:)`, `.binaryLogits(x, beta1:)`
// and `.multiclassLogits(x, beta10:)` evaluate the notebooks' shallow network;
// `Distributions` holds the densities written out; `logBesselI0` (module Neural) is
// log Bessel₀[κ].
import Companion
import Foundation
import Neural

// MARK: Problems

/// Problem 5.1. The logistic sigmoid sig[z] = 1 / (1 + exp[−z]) (eq. 5.32). It must tend to
/// 0 and 1 at the extremes, be 0.5 at z = 0, and stay finite (no NaN) even for z = ±1000.
public func logisticSigmoid(_ z: Double) throws -> Double {
    throw NotYetSolved()
}

/// Problem 5.2. The binary classification loss of eq. 5.33 for one example, written as a
/// function of the transformed output λ = sig[f[x, φ]] ∈ (0, 1) and the label y ∈ {0, 1}.
public func binaryLoss(lambda: Double, y: Int) throws -> Double {
    throw NotYetSolved()
}

/// Problem 5.3, the loss. The network predicts the mean direction μ_i = f_i of a von Mises
/// distribution (eq. 5.34) with fixed concentration κ. Return the negative log-likelihood
/// −Σ_i log Pr(y_i | f_i, κ) of the directions y, including the normalising constant
/// log[2π Bessel₀[κ]] of every term.
public func vonMisesLoss(f: [Double], y: [Double], kappa: Double) throws -> Double {
    throw NotYetSolved()
}

/// Problem 5.3, training. Return the derivatives ∂L/∂f_i of the loss of `vonMisesLoss`.
public func vonMisesLossGradient(f: [Double], y: [Double], kappa: Double) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 5.3, inference. The network output f can be any real number. Return the most
/// probable direction ŷ (eq. 5.5), expressed in the interval (−π, π].
public func vonMisesPrediction(f: Double) throws -> Double {
    throw NotYetSolved()
}

/// Problem 5.4, the loss. Example i has output y[i] and mixture parameters
/// theta[i] = [λ, μ_1, σ_1², μ_2, σ_2²] (eq. 5.35). Return −Σ_i log Pr(y_i | θ_i).
public func mixtureLoss(y: [Double], theta: [[Double]]) throws -> Double {
    throw NotYetSolved()
}

/// Problem 5.4, the model. A network has five unconstrained outputs. Map them to valid
/// mixture parameters [λ, μ_1, σ_1², μ_2, σ_2²]: λ strictly between 0 and 1, variances
/// strictly positive, and every valid value reachable (λ near 0 and 1, variances from
/// below 0.01 to above 100, means beyond ±10).
public func mixtureParameters(outputs: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 5.4, inference. There is no formula for the most probable output of a mixture.
/// Return the y that maximises the density of eq. 5.35 for θ = [λ, μ_1, σ_1², μ_2, σ_2²]
/// (to about six digits), e.g. by a search over a fine grid followed by refinement.
public func mixtureMode(theta: [Double]) throws -> Double {
    throw NotYetSolved()
}

/// Problem 5.5, the likelihood. A mixture of two von Mises distributions with
/// θ = [λ, μ_1, κ_1, μ_2, κ_2]. Return Pr(y | θ) for a direction y.
public func vonMisesMixtureDensity(y: Double, theta: [Double]) throws -> Double {
    throw NotYetSolved()
}

/// Problem 5.5, the network. How many outputs must the network produce when it predicts
/// the weight, both mean directions and both concentrations of the mixture?
public func vonMisesMixtureOutputCount() throws -> Int {
    throw NotYetSolved()
}

/// Problem 5.6, the loss. The network output f_i sets the Poisson rate λ_i = exp[f_i]
/// (so any real output is a valid rate). Return −Σ_i log Pr(y_i | λ_i) for the counts y
/// (eq. 5.36), including the log(y_i!) terms.
public func poissonLoss(f: [Double], y: [Int]) throws -> Double {
    throw NotYetSolved()
}

/// Problem 5.6, training. Return the derivatives ∂L/∂f_i of the loss of `poissonLoss`.
public func poissonLossGradient(f: [Double], y: [Int]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 5.7. Ten (or any number D of) independent normal outputs with means μ_d and a
/// shared standard deviation σ. Return the likelihood Pr(y | μ, σ) (eq. 5.25).
public func independentNormalLikelihood(y: [Double], mu: [Double], sigma: Double) throws -> Double {
    throw NotYetSolved()
}

/// Problem 5.8, the loss. For D outputs the network produces 2D numbers: the means μ_d
/// first, then g_d with variance σ_d² = g_d² (eq. 5.14). Return −Σ_d log Pr(y_d | μ_d, σ_d²).
public func heteroscedasticLoss(outputs: [Double], y: [Double]) throws -> Double {
    throw NotYetSolved()
}

/// Problem 5.8, training. Return the 2D derivatives of `heteroscedasticLoss` with respect
/// to its outputs, in the same order (means, then g_d).
public func heteroscedasticLossGradient(outputs: [Double], y: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 5.9, one remedy. Each row of `targets` is one person (height in metres, weight in
/// kilograms, …). Rescale every column separately to zero mean and unit (population)
/// standard deviation, so that no output dominates a least-squares loss.
public func standardizeTargets(_ targets: [[Double]]) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Problem 5.10. For each example the network outputs [f_1, f_2]: f_1 is the mean wind
/// direction of a von Mises distribution with fixed concentration κ, and f_2 sets the rate
/// λ = exp[f_2] of an exponential distribution Pr(s) = λ e^{−λ s} over the speed s.
/// Assuming independence (eq. 5.26), return the total negative log-likelihood of the
/// observed directions and speeds.
public func windLoss(outputs: [[Double]], direction: [Double], speed: [Double], kappa: Double) throws -> Double {
    throw NotYetSolved()
}

// MARK: Notebook 5.1

/// Notebook 5.1. The normal density of eq. 5.7 written out; `sigma` is the standard
/// deviation. normalDistribution(1, −1, 2.3) prints 0.119.
public func normalDistribution(y: Double, mu: Double, sigma: Double) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 5.1. The likelihood: the product over i of the normal density of y[i] with
/// mean mu[i] and standard deviation σ.
public func computeLikelihood(y: [Double], mu: [Double], sigma: Double) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 5.1. The negative log-likelihood −Σ_i log Pr(y_i | μ_i, σ) (eq. 5.9).
public func computeNegativeLogLikelihood(y: [Double], mu: [Double], sigma: Double) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 5.1. The sum of squares Σ_i (y_i − μ_i)² (eq. 5.11).
public func computeSumOfSquares(y: [Double], mu: [Double]) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 5.1, the offset sweep. For each candidate β_1 in `offsets`, predict the means
/// with `NotebookModel.regression(x, beta1:)` and score them with σ = 0.2. Return the
/// candidate with the smallest negative log-likelihood (the first one, on a tie).
public func bestRegressionOffset(x: [Double], y: [Double], offsets: [Double]) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 5.1, the σ sweep. The means are fixed; return the candidate σ in `sigmas` with
/// the smallest negative log-likelihood.
public func bestSigma(y: [Double], mu: [Double], sigmas: [Double]) throws -> Double {
    throw NotYetSolved()
}

// MARK: Notebook 5.2

/// Notebook 5.2. The Bernoulli probability λ^y (1 − λ)^(1−y) (eq. 5.17).
public func bernoulliDistribution(y: Int, lambda: Double) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 5.2. The likelihood Π_i Pr(y_i | λ_i) of the labels.
public func computeBernoulliLikelihood(y: [Int], lambda: [Double]) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 5.2. The negative log-likelihood (binary cross-entropy, eq. 5.20) of the labels.
public func computeBernoulliNegativeLogLikelihood(y: [Int], lambda: [Double]) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 5.2, the offset sweep. For each β_1 in `offsets` compute λ = sig[f] with
/// `NotebookModel.binaryLogits(x, beta1:)`; return the β_1 with the smallest negative
/// log-likelihood.
public func bestBinaryOffset(x: [Double], y: [Int], offsets: [Double]) throws -> Double {
    throw NotYetSolved()
}

// MARK: Notebook 5.3

/// Notebook 5.3. Softmax of each column of `z` (eq. 5.22): rows are the K classes, columns
/// the examples.
public func softmaxColumns(_ z: [[Double]]) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Notebook 5.3. The likelihood Π_i λ[y_i][i] of the class labels y (counted from 0) under
/// the categorical distributions in the columns of λ.
public func computeCategoricalLikelihood(y: [Int], lambda: [[Double]]) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 5.3. The negative log-likelihood (multiclass cross-entropy, eq. 5.24).
public func computeCategoricalNegativeLogLikelihood(y: [Int], lambda: [[Double]]) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 5.3, the offset sweep. For each value of β_1[0] in `offsets`, compute the class
/// probabilities from `NotebookModel.multiclassLogits(x, beta10:)`; return the value with
/// the smallest negative log-likelihood.
public func bestMulticlassOffset(x: [Double], y: [Int], offsets: [Double]) throws -> Double {
    throw NotYetSolved()
}
