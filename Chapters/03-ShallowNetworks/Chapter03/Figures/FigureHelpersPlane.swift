import Neural
import Plot

/// Figures of networks with two inputs and of region counts (figures 3.8 and 3.9).
extension ShallowNetworks {
    /// Figure 3.8's colour range (the author's interactive figure).
    static let planeColorRange = -1.2...1.2

    /// Input sizes of figure 3.9 and the notebook's colours (k, b, m, c, y).
    static let figure39Inputs: [(inputs: Int, color: Color)] = [
        (1, .black), (5, .blue), (10, Color(rgb: 0xbf00bf)), (50, Color(rgb: 0x00bfbf)), (100, Color(rgb: 0xd4c200)),
    ]

    static func logRegionAxes(_ ax: inout Axes, xLabel: String, xMax: Double) {
        ax.xLimits = 0...xMax
        ax.yLimits = 1e1...1e150
        ax.yScale = .log
        ax.yTicks = [1e1, 1e25, 1e50, 1e75, 1e100, 1e125, 1e150]
        ax.yTickLabels = ["10^{1}", "10^{25}", "10^{50}", "10^{75}", "10^{100}", "10^{125}", "10^{150}"]
        ax.xLabel = xLabel
        ax.yLabel = "Number of linear regions"
    }
}
