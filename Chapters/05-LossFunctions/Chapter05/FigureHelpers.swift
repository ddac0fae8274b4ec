import Neural
import Foundation
import Plot

/// Drawing helpers shared by the chapter's figures.
enum Draw {
    /// A density over y drawn sideways at input `x0`: the curve x = x0 + scale·p(y).
    static func sidewaysDensity(_ ax: inout Axes, at x0: Double, over range: ClosedRange<Double>, scale: Double,
                                color: Color = .bookCyan, _ density: (Double) -> Double) {
        let ys = linspace(range, 300)
        ax.line(x: [x0, x0], y: [range.lowerBound, range.upperBound], color: .gray, width: 0.8, dash: [3, 3])
        ax.line(x: ys.map { x0 + scale * density($0) }, y: ys, color: color, width: 2)
    }

    /// A histogram drawn sideways at input `x0`: a bar of length scale·p_k at each height y_k.
    static func sidewaysBars(_ ax: inout Axes, at x0: Double, heights ys: [Double], probabilities: [Double],
                             thickness: Double, scale: Double, color: Color = .bookCyan) {
        ax.line(x: [x0, x0], y: [ys.min()! - thickness, ys.max()! + thickness], color: .gray, width: 0.8, dash: [3, 3])
        for (y, p) in zip(ys, probabilities) {
            ax.fillBetween(x: [x0, x0 + scale * p], lower: [y - thickness / 2, y - thickness / 2],
                           upper: [y + thickness / 2, y + thickness / 2], color: color)
        }
    }

    /// A small network diagram: one input x, hidden units h_1…h_D, and the named outputs,
    /// every unit joined to every unit of the next layer.
    static func network(hidden: Int, outputs: [String]) -> Axes {
        var ax = Axes()
        ax.frame = false
        ax.xTicks = []
        ax.yTicks = []
        ax.xLimits = -0.4...2.4
        ax.yLimits = -0.6...Double(hidden) - 0.4
        let mid = Double(hidden - 1) / 2
        let hiddenY = (0..<hidden).map { Double(hidden - 1 - $0) }
        let outputY = outputs.indices.map { mid + (Double(outputs.count - 1) / 2 - Double($0)) * 1.4 }
        for y in hiddenY {
            ax.line(x: [0, 1], y: [mid, y], color: .gray, width: 0.8)
            for o in outputY { ax.line(x: [1, 2], y: [y, o], color: .gray, width: 0.8) }
        }
        ax.scatter(x: [0], y: [mid], color: .white, size: 22, edge: .black)
        ax.scatter(x: Array(repeating: 1, count: hidden), y: hiddenY, color: .white, size: 22, edge: .black)
        ax.scatter(x: Array(repeating: 2, count: outputs.count), y: outputY, color: .bookCyan, size: 22, edge: .black)
        ax.text("x", at: Point(0, mid), size: 11)
        for (k, y) in hiddenY.enumerated() { ax.text("h_\(k + 1)", at: Point(1, y), size: 9) }
        for (name, y) in zip(outputs, outputY) { ax.text(name, at: Point(2, y), size: 11) }
        return ax
    }
}
