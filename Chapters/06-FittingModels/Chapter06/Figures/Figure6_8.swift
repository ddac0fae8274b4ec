import Neural
import Plot

extension FittingModels {
    /// Figure 6.8: one momentum step and one Nesterov step from the same point on notebook 6.5's valley.
    /// Gradient steps are drawn in the path teal, momentum terms in orange.
    @Sendable static func figure6_8() -> Figure {
        let (path, points) = nesterovDiagram()
        let field = Field(xs: linspace(-0.8...(-0.35), 91), ys: linspace(-0.5...0.25, 91)) {
            anisotropicLoss([$0, $1])
        }
        var axes = lossAxes(field, range: 0...0.6)
        axes.aspect = .equal
        axes.xLabel = "φ_0"
        axes.yLabel = "φ_1"
        axes.line(x: path.map { $0[0] }, y: path.map { $0[1] }, color: .white, width: 1.5, dash: [4, 3])
        let gradientColor = Color.pathTeal
        let momentumColor = Color(rgb: 0xffb347)
        let arrows: [(from: Int, to: Int, color: Color)] = [
            (0, 1, gradientColor), (1, 2, momentumColor), (0, 3, momentumColor), (3, 4, gradientColor),
        ]
        for arrow in arrows {
            let a = points[arrow.from]
            let b = points[arrow.to]
            axes.arrow(from: Point(a[0], a[1]), to: Point(b[0], b[1]), color: arrow.color, width: 2, headSize: 9)
        }
        axes.scatter(x: points.map { $0[0] }, y: points.map { $0[1] }, color: .white, size: 6, edge: .black)
        // Points 1 and 4 are labelled on the left, clear of the arrows; 2, 3 and 5 on the right.
        for (index, point) in points.enumerated() {
            let right = index != 0 && index != 3
            axes.text(
                "\(index + 1)", at: Point(point[0] + (right ? 0.02 : -0.02), point[1]), anchor: right ? .left : .right,
                size: 12, color: .white)
        }
        return Figure(axes, width: 300, height: 420)
    }
}
