// Your solutions to the exercises of chapter 8.
//
// Each function below starts as a stub that throws `NotYetSolved()`. Replace the
// body with your answer, then run `swift run ch08 check` (or `swift run ch08 check 8.3`
// for one exercise). The checks compare your answer with the book's numbers, with
// closed forms and with the core's own implementation on other data.
import Companion

/// Problem 8.1. Can figure 8.2's training loss reach zero? A trained classifier puts the correct
/// class's logit ahead of each of the other `classes − 1` logits by `margin`. Return that example's
/// multiclass cross-entropy (eq. 5.24) as a function of the margin; the check shows whether any
/// finite margin makes it zero.
public func crossEntropyAtMargin(margin: Double, classes: Int) throws -> Double {
    throw NotYetSolved()
}

/// Problem 8.5. A heteroscedastic model (section 5.3.3) predicts a mean and a standard deviation
/// σ for each input. Once its mean passes through a training point exactly, return that point's
/// negative log-likelihood (eq. 5.7 for one point) as a function of the predicted σ; the check shows
/// what minimising it then does to σ.
public func negativeLogLikelihoodAtExactFit(sigma: Double) throws -> Double {
    throw NotYetSolved()
}

/// Problem 8.2. The first layer of figure 8.4a has three hidden units h_d = ReLU(θ_d1·x + θ_d0)
/// with slope one and joints at x = 0, 1/3 and 2/3. Return [[θ_10, θ_11], [θ_20, θ_21],
/// [θ_30, θ_31]] (bias first, then weight, for each unit).
public func firstLayerOfFigure84() throws -> [[Double]] {
    throw NotYetSolved()
}

/// Problem 8.3. Fit φ = [β, ω_1, ω_2, ω_3] of the model of figure 8.4a,
/// f[x] = β + Σ_d ω_d·ReLU(x − (d − 1)/3), to the pairs (x_i, y_i) by least squares, in closed form.
public func fitThreeRegionModel(x: [Double], y: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 8.4. A network 40 → D → D → 10 (two hidden layers of D units, biases everywhere) as
/// in figure 8.10. Return its number of parameters; the book quotes 50,410 for D = 200.
public func doubleDescentParameterCount(hiddenUnits: Int) throws -> Int {
    throw NotYetSolved()
}

/// Problem 8.7. The volume of a D-dimensional hypersphere of radius r (eq. 8.8).
public func hypersphereVolume(radius: Double, dimension: Int) throws -> Double {
    throw NotYetSolved()
}

/// Problem 8.8. For a hypersphere of radius 1 in D dimensions, the proportion of its volume in the
/// outermost shell of thickness 0.01.
public func outerShellProportion(dimension: Int) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 8.4. The ratio of the largest to the smallest Euclidean distance between any two
/// distinct points; `points[j]` is point j.
public func distanceRatio(points: [[Double]]) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 8.2. The bias and variance terms of eq. 8.7 from the predictions of many fitted
/// models: `predictions[k][i]` is model k's prediction at input i, `truth[i]` the true function
/// there. Return [bias, variance], each averaged over the inputs: bias = mean over i of
/// (mean over k of predictions − truth)², variance = mean over i of the population variance
/// over k.
public func biasAndVariance(predictions: [[Double]], truth: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 8.6. For two points drawn independently from a D-dimensional standard normal, the
/// cosine of the angle between them (seen from the origin) has mean zero. Return its standard
/// deviation as a function of D — which shows why in 1000 dimensions they are nearly orthogonal.
public func cosineSpread(dimension: Int) throws -> Double {
    throw NotYetSolved()
}

/// Problem 8.9. The density of the distance r from the centre of a sample of a D-dimensional
/// standard normal distribution (figure 8.13's histograms).
public func distanceDensity(r: Double, dimension: Int) throws -> Double {
    throw NotYetSolved()
}
