// Your solutions to the exercises of chapter 2.
//
// Each function below starts as a stub that throws `NotYetSolved()`. Replace the
// body with your answer, then run `swift run ch02 check` (or `swift run ch02 check 2.1`
// for one exercise). The checks compare your answer with the book's numbers,
// with finite differences and with a reference solution on other data.
import Companion

/// Problem 2.1. The least-squares loss of the line y = φ0 + φ1·x is
/// L[φ] = Σ_i (φ0 + φ1·x_i − y_i)² (eq. 2.5). Return its gradient
/// [∂L/∂φ0, ∂L/∂φ1] at the given parameters.
public func lossGradient(phi0: Double, phi1: Double, x: [Double], y: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 2.2. Set both derivatives of problem 2.1 to zero and solve for the
/// parameters. Return the best line [φ0, φ1] for the data.
public func closedFormFit(x: [Double], y: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 2.3, first part. The generative model is x = φ0 + φ1·y. Fit it by
/// least squares (now the errors are horizontal: Σ_i (φ0 + φ1·y_i − x_i)²) and
/// return [φ0, φ1].
public func generativeFit(x: [Double], y: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 2.3, second part. Inference with the generative model: invert
/// x = φ0 + φ1·y and return the predicted y for input x.
public func generativePredict(x: Double, phi: [Double]) throws -> Double {
    throw NotYetSolved()
}

/// Problem 2.3, third part. Fit both models to the points (0, 0), (1, 1), (2, 1).
/// Do they make the same predictions? Return true or false.
public func generativeMatchesDiscriminative() throws -> Bool {
    throw NotYetSolved()
}

/// Notebook 2.1, the model. Return the prediction φ0 + φ1·x of eq. 2.4.
public func linearModel(x: Double, phi0: Double, phi1: Double) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 2.1, the loss. Return the sum of squared errors of eq. 2.5
/// (a sum over the points, not a mean). For the data of figure 2.2 and
/// φ = (0.4, 0.2) the book gives 7.07.
public func computeLoss(x: [Double], y: [Double], phi0: Double, phi1: Double) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 2.1, fitting by hand. Coordinate descent: starting from `start`
/// = [φ0, φ1], each round first sets φ0 to the value that minimises the loss
/// with φ1 held fixed, then sets φ1 to the minimiser with the new φ0 held fixed.
/// Return [φ0, φ1] after `rounds` rounds.
public func coordinateDescent(x: [Double], y: [Double], start: [Double], rounds: Int) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 2.1, the loss surface. Return the loss on a grid: element [j][i] is
/// the loss at φ0 = phi0Values[i], φ1 = phi1Values[j] (rows follow φ1, as
/// NumPy's meshgrid does).
public func lossSurface(x: [Double], y: [Double], phi0Values: [Double], phi1Values: [Double]) throws -> [[Double]] {
    throw NotYetSolved()
}
