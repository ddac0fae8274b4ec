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

    static func figureActivations() -> Figure {
        var fig = Figure(columns: 3, rows: 2, panelWidth: 260, panelHeight: 230)
        let colors: [Color] = [.bookCyan, .bookOrange, Color(rgb: 0x6a6ad0)]
        for (index, panel) in figure313Panels.enumerated() {
            fig.panel(index) { ax in
                ax.xLimits = -4...4
                ax.yLimits = index == 0 ? -1.2...1.2 : -2...4
                ax.xLabel = "Input, z"
                if index % 3 == 0 { ax.yLabel = "Activation, a[z]" }
                ax.hline(y: 0, color: .lightGray); ax.vline(x: 0, color: .lightGray)
                for (k, (activation, label)) in panel.enumerated() {
                    ax.function(activation.apply, over: -4...4, samples: 401, color: colors[k], width: 2, label: label)
                }
                ax.legend(position: .upperLeft)
            }
        }
        return fig
    }
}
