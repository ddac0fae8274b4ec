import Foundation
import Neural
import Plot

/// Drawing helpers shared by the chapter's figures.
enum Draw {
    /// A density over y drawn sideways at input `x0`: the curve x = x0 + scale·p(y).
    static func sidewaysDensity(
        _ ax: inout Axes, at x0: Double, over range: ClosedRange<Double>, scale: Double,
        color: Color = .bookCyan, _ density: (Double) -> Double
    ) {
        let ys = linspace(range, 300)
        ax.line(x: [x0, x0], y: [range.lowerBound, range.upperBound], color: .gray, width: 0.8, dash: [3, 3])
        ax.line(x: ys.map { x0 + scale * density($0) }, y: ys, color: color, width: 2)
    }

    /// A histogram drawn sideways at input `x0`: a bar of length scale·p_k at each height y_k.
    static func sidewaysBars(
        _ ax: inout Axes, at x0: Double, heights ys: [Double], probabilities: [Double],
        thickness: Double, scale: Double, color: Color = .bookCyan
    ) {
        ax.line(
            x: [x0, x0], y: [ys.min()! - thickness, ys.max()! + thickness], color: .gray, width: 0.8, dash: [3, 3])
        for (y, p) in zip(ys, probabilities) {
            ax.fillBetween(
                x: [x0, x0 + scale * p], lower: [y - thickness / 2, y - thickness / 2],
                upper: [y + thickness / 2, y + thickness / 2], color: color)
        }
    }

    /// The diagram of a shallow network with one input, `hidden` units and the named outputs
    /// (figure 5.5a, c), outputs filled cyan.
    static func network(hidden: Int, outputs: [String]) -> Axes {
        var diagram = NetworkDiagram(layers: [["x"], (1...hidden).map { "h_\($0)" }, outputs])
        diagram.outputColor = .bookCyan
        return diagram.axes()
    }
}
