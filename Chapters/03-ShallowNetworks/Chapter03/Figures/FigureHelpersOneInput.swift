import Neural
import Plot

/// The figures of networks with one input (figures 3.1–3.6 and 3.14).
extension ShallowNetworks {
    /// The input range and output range of the book's one-input panels.
    static let inputRange = 0.0...2.0
    static let outputRange = -1.0...1.0

    static func oneInputAxes(_ title: String? = nil) -> Axes {
        var ax = Axes()
        ax.xLimits = inputRange; ax.yLimits = outputRange
        ax.xTicks = [0, 0.5, 1, 1.5, 2]; ax.yTicks = [-1, 0, 1]
        ax.title = title
        return ax
    }

    /// Figure 3.3's ten panels for any 1-3-1 network: pre-activations, activations, weighted
    /// activations (a 3 × 3 block) and their sum (j, to the right). `shaded` is the index of
    /// the region to shade in panel j.
    static func stageFigure(_ net: ShallowNetwork, shaded: Int?) -> Figure {
        var fig = Figure(columns: 4, rows: 3, panelWidth: 215, panelHeight: 180)
        let letters = Array("abcdefghi").map(String.init)
        for d in 0..<3 {
            let i = d + 1
            let stages: [(title: String, f: (Double) -> Double)] = [
                ("θ_{\(i)0} + θ_{\(i)1}x", { net.preActivation(d, $0) }),
                ("h_\(i) = a[θ_{\(i)0} + θ_{\(i)1}x]", { net.hidden(d, $0) }),
                ("φ_\(i)h_\(i)", { net.phi[d] * net.hidden(d, $0) }),
            ]
            for (row, stage) in stages.enumerated() {
                fig.panel(row * 4 + d) { ax in
                    ax = oneInputAxes(stage.title)
                    ax.letter = letters[row * 3 + d]
                    if row == 2 { ax.xLabel = "Input, x" }
                    ax.hline(y: 0, color: .lightGray)
                    ax.function(stage.f, over: inputRange, samples: 801, color: .bookCyan, width: 2)
                }
            }
        }
        fig.panel(7) { ax in
            ax = oneInputAxes("y = φ_0 + φ_1h_1 + φ_2h_2 + φ_3h_3")
            ax.letter = "j"
            ax.xLabel = "Input, x"
            if let shaded {
                let region = net.regions[shaded]
                ax.shadeX(range: max(region.lower, 0)...min(region.upper, 2), color: Color.lightGray.withAlpha(0.6))
            }
            for joint in net.joints where inputRange.contains(joint) { ax.vline(x: joint, color: .gray, dash: [2, 3]) }
            ax.function(net.callAsFunction, over: inputRange, samples: 801, color: .bookCyan, width: 2.5)
        }
        fig.panels[3] = .empty
        fig.panels[11] = .empty
        return fig
    }

    /// The hidden units of figure 3.5's three panels. Odd counts: the target less its 0.3x is odd about
    /// x = 1/2, so with an even count the knots 1/2 ± 1/D lie in line with the knot at 1/2 and that unit
    /// would add no region.
    static let figure35Sizes = [3, 7, 13]

}
