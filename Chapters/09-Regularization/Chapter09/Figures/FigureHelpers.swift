import Neural
import Plot

extension Regularization {
    /// Axes for the regression task of figure 8.3: x ∈ [0, 1], y ∈ [−1, 4].
    static func regressionAxes() -> Axes {
        var axes = Axes()
        axes.xLimits = 0...1
        axes.yLimits = -1...4
        axes.xLabel = "Input, x"
        axes.yLabel = "Output, y"
        return axes
    }

    /// The true function, black, and the training points, orange.
    static func drawTruthAndData(on axes: inout Axes, x: [Double], y: [Double], sizes: [Double]? = nil) {
        axes.function(ToyRegression.trueFunction, over: 0...1, samples: 200, color: .black, width: 1.5)
        if let sizes {
            for (index, size) in sizes.enumerated() where size > 0 {
                axes.scatter(x: [x[index]], y: [y[index]], color: .bookOrange, size: size)
            }
        } else {
            axes.scatter(x: x, y: y, color: .bookOrange, size: 6)
        }
    }

    /// A loss heatmap in the book's palette with gray contours, labelled φ0 and φ1.
    static func lossAxes(_ field: Field, range: ClosedRange<Double>? = nil, contours: Int = 16) -> Axes {
        var axes = Axes()
        axes.heatmap(field, colormap: .udlLoss, range: range)
        axes.contour(field, count: contours)
        axes.xLimits = field.xs.first!...field.xs.last!
        axes.yLimits = field.ys.first!...field.ys.last!
        axes.xLabel = "φ_0"
        axes.yLabel = "φ_1"
        return axes
    }

    /// A descent path: a line with dots at every `every`-th point.
    static func drawPath(
        _ path: [[Double]], on axes: inout Axes, color: Color, dash: [Double] = [], every: Int? = nil,
        label: String? = nil
    ) {
        axes.line(x: path.map { $0[0] }, y: path.map { $0[1] }, color: color, width: 2, dash: dash, label: label)
        if let every {
            let marked = stride(from: 0, to: path.count, by: every).map { path[$0] }
            axes.scatter(x: marked.map { $0[0] }, y: marked.map { $0[1] }, color: color, size: 5, edge: .black)
        }
    }
}
