import Neural

/// The networks of chapter 4's figures and notebooks (values from book-data.md,
/// Chapter 4; where the book leaves them out, ours, as the README says).
extension DeepNetworks {
    // MARK: Notebook 4.1, composing networks

    /// Notebook 4.1's first network ("net1"); it folds [−1, 1] three ways.
    static let notebookFirst = ShallowNetwork(
        theta0: [0.0, 0.0, -0.67], theta1: [-1.0, 1.0, 1.0],
        phi0: 1.0, phi: [-2.0, -3.0, 9.3])
    /// Notebook 4.1's second network ("net2").
    static let notebookSecond = ShallowNetwork(
        theta0: [-0.6, 0.2, -0.5], theta1: [-1.0, 1.0, 1.0],
        phi0: 0.5, phi: [-1.0, -1.5, 2.0])

    // MARK: Figure 4.1

    /// Where figure 4.1's networks bend: x for the first, y for the second (figure 4.3 folds at them).
    static let figure41Knots = (first: [-1.0, 0.0, 0.6, 1.0], second: [-1.0, -0.2, 0.3, 1.0])
    /// Figure 4.1b: three regions on [−1, 1] with slopes of alternating sign.
    static let figure41First = ShallowNetwork(knotsX: figure41Knots.first, y: [-1.0, 1.0, -1.0, 1.0])
    /// Figure 4.1c: three regions on y ∈ [−1, 1].
    static let figure41Second = ShallowNetwork(knotsX: figure41Knots.second, y: [0.6, -0.8, 0.3, -0.2])

    // MARK: Figure 4.2

    /// Figure 3.8's network, the first network of figure 4.2: two inputs, three hidden
    /// units, seven regions in [−1, 1]², one of them flat (all units off, y = 0.4).
    static let figure38 = Network(layers: [
        Layer(weights: Matrix([[0.5, 0.5], [-0.1, 0.9], [-0.7, 0.2]]), biases: [0.2, -0.3, 0.2]),
        Layer(weights: Matrix([[-1.0, 1.8, -0.5]]), biases: [0.4]),
    ])
    /// Figure 4.2c (ours; the book gives no values): two hidden units, a joint at y = 0.2
    /// inside every non-flat region's range of y, the other joint at y = −1.5, outside.
    static let figure42Second = ShallowNetwork(theta0: [-0.2, 1.5], theta1: [1.0, 1.0], phi0: -1.4, phi: [-2.2, 1.2])

    // MARK: Notebook 4.2 and figure 4.5, two hidden layers

    /// A 1-3-3-1 network from θ (rows (θk0, θk1)), ψ (rows (ψk0, ψk1, ψk2, ψk3)) and
    /// φ' = (φ'0, φ'1, φ'2, φ'3): eqs. 4.7–4.9.
    static func twoLayerNetwork(theta: [[Double]], psi: [[Double]], phi: [Double]) -> Network {
        Network(layers: [
            Layer(weights: Matrix(column: theta.map { $0[1] }), biases: theta.map { $0[0] }),
            Layer(weights: Matrix(psi.map { Array($0.dropFirst()) }), biases: psi.map { $0[0] }),
            Layer(weights: Matrix(row: Array(phi.dropFirst())), biases: [phi[0]]),
        ])
    }

    /// Notebook 4.2's network.
    static let notebookClipping = twoLayerNetwork(
        theta: [[0.3, -1.0], [-1.0, 2.0], [-0.5, 0.65]],
        psi: [[0.3, 2.0, -1.0, 7.0], [-0.2, 2.0, 1.2, -8.0], [0.3, -2.3, -0.8, 2.0]],
        phi: [0.0, 0.5, -1.5, 2.2])

    /// Figure 4.5: three layer-2 pre-activations through shared knots, built from
    /// first-layer units ReLU(x − x_k) and slope changes ψ (figure 4.1's construction).
    static let figure45: Network = {
        let knots = [0.0, 1.0, 1.6, 2.0]
        let values = [[-0.75, 0.8, -0.8, 0.8], [-0.18, 0.5, -0.2, 0.8], [0.48, -0.25, 0.93, -0.2]]
        let psi = values.map { ys in
            let shallow = ShallowNetwork(knotsX: knots, y: ys)
            // φ_k·|s_k|·ReLU(x − x_k) = s_k·ReLU(x − x_k): the unit is shared, the sign moves into ψ.
            return [ys[0]] + zip(shallow.phi, shallow.theta1).map { $0 * $1 }
        }
        return twoLayerNetwork(theta: knots.dropLast().map { [-$0, 1.0] }, psi: psi, phi: [-0.36, -1.0, 1.6, 0.7])
    }()

    // MARK: Figures 4.8 and 4.9 (problems 4.1 and 4.8)

    /// Figure 4.8b (ours; the book draws it without values).
    static let figure48First = ShallowNetwork(knotsX: [-1.0, -0.5, 0.5, 1.0], y: [-1.0, 1.0, -1.0, 0.2])
    /// Figure 4.8c (ours).
    static let figure48Second = ShallowNetwork(knotsX: [-1.0, 0.0, 0.5, 1.0], y: [-0.5, 0.5, -0.7, 0.9])

    /// Figure 4.9: joints at 1/6, 2/6 and 4/6 with slopes +1, +1 and −1 where active.
    static let figure49Theta0 = [-1.0 / 6, -2.0 / 6, 4.0 / 6]
    static let figure49Theta1 = [1.0, 1.0, -1.0]
    /// Figure 4.9's hidden units with output parameters `phi` = [φ0, φ1, φ2, φ3] (problem 4.8).
    static func figure49(phi: [Double]) -> ShallowNetwork {
        ShallowNetwork(theta0: figure49Theta0, theta1: figure49Theta1, phi0: phi[0], phi: Array(phi.dropFirst()))
    }
}
