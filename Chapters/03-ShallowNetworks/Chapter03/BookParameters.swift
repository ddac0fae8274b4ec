import Neural

/// The parameter values of the chapter's figures and notebooks (book-data, chapter 3).
/// Where the book leaves them out, the values are ours and the README says so.
extension ShallowNetworks {
    /// Figure 3.3 (= figure 3.2a), listed in problem 3.8:
    /// φ = {−0.23, −1.3, 1.3, 0.66}, θ = {(−0.2, 0.4), (−0.9, 0.9), (1.1, −0.7)}.
    public static let figure33 = ShallowNetwork(
        theta0: [-0.2, -0.9, 1.1], theta1: [0.4, 0.9, -0.7], phi0: -0.23, phi: [-1.3, 1.3, 0.66])

    /// Figure 3.2b and c: two more members of the family (our choice; the book gives no values).
    static let figure32b = ShallowNetwork(
        theta0: [0.9, -1.1, -1.6], theta1: [-3.0, 1.0, 1.0], phi0: -0.6, phi: [0.6, 1.5, -3.0])
    static let figure32c = ShallowNetwork(
        theta0: [-0.5, 0.9, -1.4], theta1: [1.0, -1.0, 1.0], phi0: -0.2, phi: [1.2, -0.8, -2.2])

    /// Figure 3.14 / problem 3.4: units 1 and 2 as in figure 3.3, the third line changed
    /// (our choice: intercept −1.5, slope +1.0, so it crosses zero at x = 1.5 going up).
    public static let figure314 = ShallowNetwork(
        theta0: [-0.2, -0.9, -1.5], theta1: [0.4, 0.9, 1.0], phi0: -0.23, phi: [-1.3, 1.3, 0.66])

    /// Notebook 3.1's network `shallow_1_1_3`.
    public static let notebook31 = ShallowNetwork(
        theta0: [0.3, -1.0, -0.5], theta1: [-1.0, 2.0, 0.65], phi0: -0.3, phi: [2.0, -1.0, 7.0])

    /// Notebook 3.4: notebook 3.1's θ with φ = (0.3, 0.5, −1.0, 0.9).
    public static let notebook34 = ShallowNetwork(
        theta0: [0.3, -1.0, -0.5], theta1: [-1.0, 2.0, 0.65], phi0: 0.3, phi: [0.5, -1.0, 0.9])

    /// Figure 3.6: one input, four hidden units, two outputs (our choice of values).
    /// Rows of `theta` are (θ_d0, θ_d1); rows of `phi` are (φ_j0, φ_j1, …, φ_j4).
    static let figure36 = makeNetwork(
        theta: [[-0.3, 1.0], [-1.2, 1.5], [1.4, -1.0], [0.25, -0.5]],
        phi: [[0.1, 1.2, -1.5, -0.8, 1.4], [-0.4, -0.6, 1.3, 0.9, -0.5]])

    /// Figure 3.8 (the author's interactive-figure defaults): rows (θ_d0, θ_d1, θ_d2)
    /// and output (φ_0, φ_1, φ_2, φ_3).
    public static let figure38 = makeNetwork(
        theta: [[0.2, 0.5, 0.5], [-0.3, -0.1, 0.9], [0.2, -0.7, 0.2]],
        phi: [[0.4, -1.0, 1.8, -0.5]])

    /// Notebook 3.2's network `shallow_2_1_3` (rows in the order bias, x1, x2).
    public static let notebook32 = makeNetwork(
        theta: [[-4.0, 0.9, 0.0], [5.0, -0.9, -0.5], [-7.0, 0.5, 0.9]],
        phi: [[0.0, -2.0, 2.0, 1.5]])

    /// Notebook 3.2's two-output version `shallow_2_2_3`.
    public static let notebook32TwoOutputs = makeNetwork(
        theta: [[-4.0, 0.9, 0.0], [5.0, -0.9, -0.5], [-7.0, 0.5, 0.9]],
        phi: [[0.0, -2.0, 2.0, 1.5], [-2.0, -1.0, -2.0, 0.8]])

    /// A shallow network (eqs. 3.11–3.12) from the book's θ and φ tables: row d of
    /// `theta` is (θ_d0, θ_d1, …, θ_dDi), row j of `phi` is (φ_j0, φ_j1, …, φ_jD).
    public static func makeNetwork(theta: [[Double]], phi: [[Double]], activation: Activation = .relu) -> Network {
        let hidden = Layer(weights: Matrix(theta.map { Array($0.dropFirst()) }), biases: theta.map { $0[0] })
        let output = Layer(weights: Matrix(phi.map { Array($0.dropFirst()) }), biases: phi.map { $0[0] })
        return Network(layers: [hidden, output], activation: activation)
    }
}
