// Your solutions to the exercises of chapter 4.
//
// Each function below starts as a stub that throws `NotYetSolved()`. Replace the
// body with your answer, then run `swift run ch04 check` (or `swift run ch04 check 4.8a`
// for one exercise). The checks compare your answer with the book's numbers, with
// closed forms and with the networks of the Neural library.
import Companion
import Neural

/// The parameters of a network in the book's matrix form (eq. 4.15):
/// `biases[k]` is β_k and `weights[k]` is Ω_k, for k = 0…K.
public typealias MatrixParameters = (biases: [[Double]], weights: [Matrix])

/// Problem 4.1. Figure 4.8 (as the companion draws it) composes two networks, each
/// straight between its knots. The first maps x to y through (−1, −1), (−0.5, 1),
/// (0.5, −1), (1, 0.2); the second maps y to y′ through (−1, −0.5), (0, 0.5),
/// (0.5, −0.7), (1, 0.9). Return the x positions inside (−1, 1), in increasing order,
/// where y′(x) changes slope.
public func problem41Joints() throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 4.2. Return the four hyperparameters of the network in figure 4.6 as
/// [K, D_1, D_2, D_3]: the number of hidden layers, then the width of each.
public func figure46Hyperparameters() throws -> [Int] {
    throw NotYetSolved()
}

/// Problem 4.3. Return the right-hand side of eq. 4.18,
/// λ0λ1·ReLU[β1/(λ0λ1) + Ω1·ReLU[β0/λ0 + Ω0·x]], for one input vector x.
/// (The check compares it with the left-hand side.)
public func rescaledNetwork(
    x: [Double], beta0: [Double], omega0: Matrix, beta1: [Double], omega1: Matrix,
    lambda0: Double, lambda1: Double
) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 4.4. A network with `inputs` inputs, hidden layers of the given sizes and
/// `outputs` outputs. Return, for k = 0…K, [rows of Ω_k, columns of Ω_k, length of β_k].
/// (Problem 4.4 itself: 5 inputs, hidden sizes [20, 10, 7], 4 outputs.)
public func networkShapes(inputs: Int, hidden: [Int], outputs: Int) throws -> [[Int]] {
    throw NotYetSolved()
}

/// Problem 4.5. D_i = 5 inputs, D_o = 1 output, K = 20 hidden layers of D = 30 units.
/// Return [depth, width].
public func problem45DepthAndWidth() throws -> [Int] {
    throw NotYetSolved()
}

/// Problem 4.6. One input, one output, K = 10 hidden layers of D = 10 units. Return
/// [how many weights one more layer adds, how many weights one more unit in every layer
/// adds]. Weights are the entries of the matrices Ω_k (the slopes, section 3.5); the
/// biases β_k are not counted.
public func problem46Growth() throws -> [Int] {
    throw NotYetSolved()
}

/// Problem 4.7. Return a shallow network with three ReLU hidden units (eq. 3.1;
/// `ShallowNetwork(theta0:theta1:phi0:phi:)` keeps the default ReLU activation) whose
/// output equals x for every x in [a, b].
public func identityNetwork(a: Double, b: Double) throws -> ShallowNetwork {
    throw NotYetSolved()
}

/// Problem 4.8, first part. The hidden units of figure 4.9 are
/// h1 = ReLU(x − 1/6), h2 = ReLU(x − 2/6), h3 = ReLU(4/6 − x). Return [φ0, φ1, φ2, φ3]
/// so that φ0 + φ1h1 + φ2h2 + φ3h3 has four linear regions on [0, 1] that rise from 0
/// to 1, fall to 0, rise to 1 and fall to 0.
public func oscillatorPhi() throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 4.8, second part. How many linear regions on [0, 1] does the network of the
/// first part make when `copies` copies of it are chained (copies = 1 is the network
/// itself, copies = 2 is it composed with itself)?
public func oscillatorRegions(copies: Int) throws -> Int {
    throw NotYetSolved()
}

/// Problem 4.9, first part. Can a shallow network with two hidden units make three linear
/// regions on [0, 1] that go 0 → 1 → 0 → 1?
public func threeRegionOscillatorPossible() throws -> Bool {
    throw NotYetSolved()
}

/// Problem 4.9, second part. Return a shallow network with four ReLU hidden units (a
/// `ShallowNetwork` with the default activation) whose output on [0, 1] has five linear
/// regions going 0 → 1 → 0 → 1 → 0 → 1 (starting at y(0) = 0 with a positive slope).
public func fiveRegionOscillator() throws -> ShallowNetwork {
    throw NotYetSolved()
}

/// Problem 4.10. The number of parameters of a network with one input, one output and
/// `layers` hidden layers of `units` units each.
public func deepParameterCount(layers: Int, units: Int) throws -> Int {
    throw NotYetSolved()
}

/// Problem 4.11. Scalar input and output; a shallow network with D = 95 units and a deep
/// one with K = 10 layers of D = 5. Return [parameters of the shallow network, parameters
/// of the deep one, maximum regions of the shallow one, maximum regions of the deep one
/// (eq. 4.17)].
public func shallowVersusDeep() throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 4.1. Feed `first`'s output into `second` (two shallow ReLU networks, equation
/// 3.1, with output offset `phi0` and output weights `phi`) and return the final outputs
/// second(first(x)) for every x.
public func composeShallow(x: [Double], first: ShallowNetwork, second: ShallowNetwork) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 4.1, the last question. With the notebook's net1 and net2, how many linear
/// regions does net2(net1(…net1(x))) have on x ∈ [−1, 1] when `copies` copies of net1
/// come first?
public func notebookChainRegions(copies: Int) throws -> Int {
    throw NotYetSolved()
}

/// Notebook 4.2. The network of eqs. 4.7–4.9: theta rows are (θk0, θk1), psi rows
/// are (ψk0, ψk1, ψk2, ψk3), phi is (φ'0, φ'1, φ'2, φ'3). Return y′ for every x.
public func twoLayerOutput(x: [Double], theta: [[Double]], psi: [[Double]], phi: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 4.3, first task. Write a shallow 1-3-1 network in matrix form: return
/// [β0, β1] and [Ω0, Ω1] (β0 = θ•0 and Ω0 = θ•1 is 3×1; β1 = [φ0] from `phi0` and
/// Ω1 = [φ1 φ2 φ3] from `phi` is 1×3).
public func shallowAsMatrices(_ network: ShallowNetwork) throws -> MatrixParameters {
    throw NotYetSolved()
}

/// Notebook 4.3, second task. Write second(first(x)) as one network with two hidden
/// layers (eqs. 4.5–4.6): return [β0, β1, β2] and [Ω0 (3×1), Ω1 (3×3), Ω2 (1×3)].
public func compositionAsMatrices(first: ShallowNetwork, second: ShallowNetwork) throws -> MatrixParameters {
    throw NotYetSolved()
}

/// Notebook 4.3, third task. A random network with D_i = 4 inputs, hidden layers of 5, 2
/// and 4 units and D_o = 1 output. Draw the values from one `NumPyRandomState(seed: seed)`
/// with `standardNormal()`, in the order β0, Ω0, β1, Ω1, …, each matrix row by row (as
/// `np.random.normal(size=…)` fills it), and return them with the right shapes.
public func randomNetworkParameters(seed: UInt32) throws -> MatrixParameters {
    throw NotYetSolved()
}

/// Mathematical Engineering of Deep Learning §5.2, figure 5.2. Return the shallow ReLU
/// network that passes through the points (u_i, v_i) (u increasing) and is straight
/// between them: r − 1 hidden units with slope 1 (`theta1`) and offset −u_i (`theta0`),
/// output weights `phi` s_i − s_{i−1} (s_i the slope from point i to i + 1, s_0 = 0) and
/// output offset `phi0` = v_1.
public func interpolationNetwork(u: [Double], v: [Double]) throws -> ShallowNetwork {
    throw NotYetSolved()
}

/// Mathematical Engineering of Deep Learning §5.2, the multiplication gate (equation
/// 5.13). Return the network with two inputs, four SoftPlus hidden units and no biases
/// that approximates x1·x2 for a given λ: W1 rows (λ, λ), (−λ, −λ), (λ, −λ), (−λ, λ) and
/// W2 = μ·(1, 1, −1, −1) with μ = 1/(4λ²σ″(0)).
public func multiplicationGate(lambda: Double) throws -> Network {
    throw NotYetSolved()
}

/// Mathematical Engineering of Deep Learning §5.1. The number of parameters (weights and
/// biases) of a fully connected network with unit counts `sizes` = [N_0, N_1, …, N_L].
public func parameterCount(sizes: [Int]) throws -> Int {
    throw NotYetSolved()
}
