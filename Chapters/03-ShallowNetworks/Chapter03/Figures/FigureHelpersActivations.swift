import Neural
import Plot

/// Figure 3.13: the activation functions of the chapter notes.
extension ShallowNetworks {
    /// The six panels: activations with their legend labels.
    static let figure313Panels: [[(Activation, String)]] = [
        [(.sigmoid, "sigmoid"), (.tanh, "tanh")],
        [(.leakyReLU(slope: 0.1), "leaky ReLU (0.1)"), (.parametricReLU(slope: 0.25), "parametric ReLU (0.25)")],
        [(.softplus, "SoftPlus"), (.gelu, "GELU"), (.silu, "SiLU")],
        [(.elu(alpha: 0.5), "ELU, α = 0.5"), (.elu(alpha: 1.0), "ELU, α = 1.0")],
        [(.selu, "SELU")],
        [
            (.swish(beta: 0.4), "Swish, β = 0.4"), (.swish(beta: 1.0), "Swish, β = 1.0"),
            (.swish(beta: 1.4), "Swish, β = 1.4"),
        ],
    ]

}
