import Companion
import Neural
import Plot

extension SupervisedLearning {
    static let figures: [BookFigure] = [
        BookFigure(
            id: "2.1",
            caption: """
                The linear regression model y = φ_0 + φ_1·x is a family of lines: each choice of intercept φ_0 and \
                slope φ_1 picks one member. Shown are φ = (1.2, 0.2), (0.3, 0.8) and (1.6, −0.5).
                """, render: figure2_1),
        BookFigure(
            id: "2.2",
            caption: """
                (a) The twelve training pairs. (b–d) Three lines and their errors (dashed): the loss L sums the \
                squared errors. The poor fits of (b) and (c) have L = 7.07 and 10.28; the least-squares line in (d) \
                has L = 0.20, the smallest of any line.
                """, render: figure2_2),
        BookFigure(
            id: "2.3",
            caption: """
                The loss of every line as a function of φ = (φ_0, φ_1): (a) as a surface, with the lines of figure \
                2.2b–d as circles; (b) as a heatmap seen from above, brighter meaning larger, with grey contours and \
                the minimum (figure 2.2d) in green.
                """, render: figure2_3),
        BookFigure(
            id: "2.4",
            caption: """
                Training walks downhill. (a) From position 0, steepest descent with a line search moves against the \
                gradient, perpendicular to the contours, reaching the minimum by position 4. (b) The lines of \
                positions 0–4 fit the data better and better.
                """, render: figure2_4),
    ]

    /// The loss over the parameter ranges the figures show: φ0 ∈ [0, 2], φ1 ∈ [−1, 1].
    static func lossField(samples: Int = 101) -> Field {
        Field(xs: linspace(0, 2, samples), ys: linspace(-1, 1, samples)) { phi0, phi1 in
            LinearRegression(intercept: phi0, slope: phi1).loss(x: data.x, y: data.y)
        }
    }

    /// A panel of the parameter plane, φ1 pointing down as in notebook 2.1.
    static func parameterAxes() -> Axes {
        var axes = Axes()
        axes.xLimits = 0...2
        axes.yLimits = -1...1
        axes.invertY = true
        axes.aspect = .equal
        axes.xLabel = "Intercept, φ_0"
        axes.yLabel = "Slope, φ_1"
        return axes
    }

    /// Draws `line` across the data plane.
    static func draw(_ line: LinearRegression, on axes: inout Axes, color: Color, width: Double = 2) {
        axes.line(x: [0, 2], y: [line.predict(0), line.predict(2)], color: color, width: width)
    }

    /// Colour of the best line and the minimum, as the book's captions call it.
    static let bestColor = Color.bestGreen
}
