// Your solutions to the exercises of chapter 3.
//
// Each function below starts as a stub that throws `NotYetSolved()`. Replace the
// body with your answer, then run `swift run ch03 check` (or `swift run ch03 check 3.2`
// for one exercise). One-input networks are given as θ_d0 (`theta0`), θ_d1 (`theta1`),
// φ_0 (`phi0`) and φ_1…φ_D (`phi`), with hidden units in the book's order.
import Companion
import Neural

/// Problem 3.1. Replace the ReLU in eq. 3.1 by the linear activation a[z] = ψ_0 + ψ_1·z.
/// The whole network then collapses to a line y = c + m·x. Return [c, m].
public func linearActivationLine(
    theta0: [Double], theta1: [Double], phi0: Double, phi: [Double],
    psi0: Double, psi1: Double
) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 3.2. For the four linear regions of figure 3.3j, left to right, say which of
/// h1, h2, h3 are active (not clipped). Return four rows of three Bools.
/// (The network is `ShallowNetworks.figure33`, whose parameters problem 3.8 lists.)
public func figure33ActiveUnits() throws -> [[Bool]] {
    throw NotYetSolved()
}

/// Problem 3.3, joints. Return the x position of each hidden unit's joint (where its
/// ReLU starts or stops clipping), one per unit in unit order. All θ_d1 are non-zero.
public func joints(theta0: [Double], theta1: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 3.3, slopes. Return the slopes of the D + 1 linear regions of the ReLU
/// network along the real line, from the leftmost region to the rightmost.
public func regionSlopes(theta0: [Double], theta1: [Double], phi: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 3.5. Non-negative homogeneity: a[α·z] = α·a[z] for every α > 0 and every z.
/// For each activation given, return whether it has this property.
public func positivelyHomogeneous(_ activations: [Activation]) throws -> [Bool] {
    throw NotYetSolved()
}

/// Problem 3.6. Multiply θ_u0 and θ_u1 of hidden unit `unit` (0-based) by α and divide
/// φ_u by α. By how much does the ReLU network's output at x change (new − old)?
/// Answer for any non-zero α, positive or negative.
public func rescalingChange(
    x: Double, theta0: [Double], theta1: [Double], phi0: Double, phi: [Double],
    unit: Int, alpha: Double
) throws -> Double {
    throw NotYetSolved()
}

/// Problem 3.7. The least-squares loss of eq. 3.1 has no unique minimum. Show it: given
/// the ten parameters in the book's order {φ_0, φ_1, φ_2, φ_3, θ_10, θ_11, θ_20, θ_21,
/// θ_30, θ_31}, return a clearly different set of ten that computes the same function.
public func sameFunctionOtherParameters(_ parameters: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 3.8, Heaviside. With heaviside[z] (1 for z ≥ 0, else 0) in place of the ReLU,
/// the output is constant between joints. Return the output value in each of the D + 1
/// intervals between the joints −θ_d0/θ_d1, left to right.
public func heavisideLevels(theta0: [Double], theta1: [Double], phi0: Double, phi: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 3.8, rect. With rect[z] (1 on 0 ≤ z ≤ 1, else 0, eq. 3.15) every unit switches
/// on and off once. Return all the x positions where some unit switches, sorted.
public func rectSwitches(theta0: [Double], theta1: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 3.10. Fewer than four regions. Return parameters of a 1-3-1 ReLU network (book
/// order, as in problem 3.7) whose output has exactly `regions` linear pieces on the whole
/// real line (regions = 1, 2, 3 or 4; a piece ends where the slope changes).
public func parametersWithRegions(_ regions: Int) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 3.11. How many parameters does the network of figure 3.6 have
/// (one input, four hidden units, two outputs)?
public func figure36ParameterCount() throws -> Int {
    throw NotYetSolved()
}

/// Problem 3.12. How many parameters does the network of figure 3.7 have
/// (two inputs, three hidden units, one output)?
public func figure37ParameterCount() throws -> Int {
    throw NotYetSolved()
}

/// Problem 3.13. The activation pattern of each of the seven regions of figure 3.8
/// (network `ShallowNetworks.figure38`). Return seven rows [h1 active, h2 active, h3 active],
/// in any order.
public func figure38Patterns() throws -> [[Bool]] {
    throw NotYetSolved()
}

/// Problems 3.14 and 3.16. The general shallow network of eqs. 3.11–3.12 with ReLU units.
/// Row d of `theta` is (θ_d0, θ_d1, …, θ_dDi); row j of `phi` is (φ_j0, φ_j1, …, φ_jD).
/// Return the outputs [y_1, …, y_Do] for input x.
public func shallowNetwork(x: [Double], theta: [[Double]], phi: [[Double]]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 3.15. The largest number of 3-D linear regions the network of figure 3.11
/// (three inputs, three hidden units, two outputs) can create.
public func figure311MaximumRegions() throws -> Int {
    throw NotYetSolved()
}

/// Problem 3.17 (and notebook 3.3's counting). The number of parameters of a shallow
/// network with D_i inputs, D hidden units and D_o outputs.
public func parameterCount(inputs: Int, hidden: Int, outputs: Int) throws -> Int {
    throw NotYetSolved()
}

/// Problem 3.18 and notebook 3.3. The largest number of linear regions of a shallow ReLU
/// network with D_i inputs and D hidden units (Zaslavsky: Σ_{j=0}^{D_i} C(D, j), where
/// C(D, j) = 0 for j > D). A Double, because the counts outgrow integers.
public func maximumRegions(inputs: Int, hidden: Int) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 3.1. The ReLU function of eq. 3.2.
public func relu(_ z: Double) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 3.1. The network `shallow_1_1_3`: pre-activations, the given activation,
/// weighting by φ_1…φ_3 and the sum with φ_0 (eq. 3.1). Return y at x.
public func shallow113(
    x: Double, activation: (Double) -> Double, theta0: [Double], theta1: [Double],
    phi0: Double, phi: [Double]
) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 3.1. The least-squares loss: the sum (not the mean) of squared differences.
public func leastSquaresLoss(yTrain: [Double], yPredicted: [Double]) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 3.1, fitting by hand. Return ten parameters (book order) whose loss on the
/// notebook's data (`BookData.x20`, `BookData.y3_1`) is at most 0.2. The notebook's author
/// reached 0.181; its tip is to start with φ_0.
public func handTunedParameters() throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 3.1, change 6. With notebook 3.1's parameters (`ShallowNetworks.notebook31`)
/// the second segment on [0, 1] is flat. Return a new θ_10 for which the output on [0, 1]
/// has four segments, none of them flat.
public func nonFlatTheta10() throws -> Double {
    throw NotYetSolved()
}

/// Notebook 3.2. The network `shallow_2_1_3`: row d of `theta` is (θ_d0, θ_d1, θ_d2),
/// `phi` is (φ_0, φ_1, φ_2, φ_3), ReLU units. Return y at (x1, x2).
public func shallow213(x1: Double, x2: Double, theta: [[Double]], phi: [Double]) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 3.2. How many linear regions does the notebook's network
/// (`ShallowNetworks.notebook32`) show on its plotted square 0 ≤ x1, x2 < 10?
public func notebook32RegionCount() throws -> Int {
    throw NotYetSolved()
}

/// Notebook 3.2. The two-output network `shallow_2_2_3`: rows of `phi` are
/// (φ_j0, φ_j1, φ_j2, φ_j3). Return [y_1, y_2].
public func shallow223(x1: Double, x2: Double, theta: [[Double]], phi: [[Double]]) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 3.3. `number_parameters(D_i, D)` for one output.
public func numberParameters(inputs: Int, hidden: Int) throws -> Int {
    throw NotYetSolved()
}

/// Notebook 3.4. The notebook's steep sigmoid 1/(1 + exp(−10 z)).
public func steepSigmoid(_ z: Double) throws -> Double {
    throw NotYetSolved()
}

/// Notebook 3.4. The Heaviside step: 1 for z ≥ 0, otherwise 0.
public func heaviside(_ z: Double) throws -> Double {
    throw NotYetSolved()
}

/// MMDS Exercise 13.1.2. A one-hidden-layer net of threshold units that outputs 1 exactly
/// for the `bits`-long vectors with two consecutive 1s, with the fewest hidden gates you
/// can manage, for bits = 5 and bits = 6. (Example 13.1 solves bits = 4 with two gates.)
public func consecutiveOnesNetwork(bits: Int) throws -> ThresholdNetwork {
    throw NotYetSolved()
}

/// MMDS Exercise 13.1.3. A net of threshold units computing exclusive-or of two bits.
public func exclusiveOrNetwork() throws -> ThresholdNetwork {
    throw NotYetSolved()
}

/// MMDS Exercise 13.1.5. A net of threshold units computing the exclusive-or (parity) of three bits.
public func parityNetwork() throws -> ThresholdNetwork {
    throw NotYetSolved()
}
