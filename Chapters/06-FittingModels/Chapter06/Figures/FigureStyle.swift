import Neural
import Plot

extension FittingModels {
    /// A loss heatmap in the book's palette with grey contours, as in notebooks 6.2–6.5.
    static func lossAxes(_ field: Field, contours: Int = 20, range: ClosedRange<Double>? = nil) -> Axes {
        var axes = Axes()
        axes.heatmap(field, colormap: .udlLoss, range: range)
        axes.contour(field, count: contours)
        axes.xLimits = field.xs.first!...field.xs.last!
        axes.yLimits = field.ys.first!...field.ys.last!
        return axes
    }

    /// Axes over the Gabor window, labelled as in figure 6.4.
    static func gaborAxes(_ field: Field) -> Axes {
        var axes = lossAxes(field, range: 0...gaborColorTop)
        axes.xLabel = "Offset, φ_0"
        axes.yLabel = "Frequency, φ_1"
        return axes
    }

    /// The loss value mapped to the brightest colour on the Gabor surfaces; higher values saturate.
    static let gaborColorTop = 30.0

    /// An optimisation path drawn on top of a loss surface: a line with dots.
    static func drawPath(_ path: [[Double]], on axes: inout Axes, color: Color = .pathTeal, dotSize: Double = 4.5) {
        axes.line(x: path.map { $0[0] }, y: path.map { $0[1] }, color: color, width: 1.6)
        axes.scatter(x: path.map { $0[0] }, y: path.map { $0[1] }, color: color, size: dotSize, edge: .black)
    }

    /// The positions of a path worth a dot: the first, then each that lies at least `spacing` from the last
    /// one kept, so that hundreds of small steps do not pile up into a bar (figure 6.9).
    static func spacedPositions(_ path: [[Double]], spacing: Double) -> [[Double]] {
        var kept = [path[0]]
        for phi in path.dropFirst() {
            let last = kept[kept.count - 1]
            let dx = phi[0] - last[0]
            let dy = phi[1] - last[1]
            if (dx * dx + dy * dy).squareRoot() >= spacing { kept.append(phi) }
        }
        return kept
    }

    /// Data axes for the Gabor model: x ∈ [−15, 15], y ∈ [−1, 1].
    static func gaborDataAxes() -> Axes {
        var axes = Axes()
        axes.xLimits = -15...15
        axes.yLimits = -1...1
        axes.xLabel = "Input, x"
        axes.yLabel = "Output, y"
        return axes
    }

    static func drawGabor(
        _ phi: [Double], on axes: inout Axes, color: Color = .bookCyan, dash: [Double] = [], label: String? = nil
    ) {
        let model = GaborModel(phi)
        axes.function(
            { model.predict($0) }, over: -15...15, samples: 600, color: color, width: 2, dash: dash, label: label)
    }
}
