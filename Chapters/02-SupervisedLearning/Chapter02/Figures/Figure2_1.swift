import Companion
import Neural
import Plot

extension SupervisedLearning {
    /// Figure 2.1: three members of the family of lines of eq. 2.4.
    @Sendable static func figure2_1() -> Figure {
        var axes = Axes.lineDataPlane()
        let members: [(LinearRegression, Color)] = [
            (LinearRegression(intercept: 1.2, slope: 0.2), .bookCyan),
            (LinearRegression(intercept: 0.3, slope: 0.8), .bookOrange),
            (LinearRegression(intercept: 1.6, slope: -0.5), .gray),
        ]
        for (line, color) in members {
            axes.line(
                x: [0, 2], y: [line.predict(0), line.predict(2)], color: color, width: 2,
                label: Narrator.withMinusSigns("φ_0 = \(line.intercept), φ_1 = \(line.slope)"))
        }
        axes.legend(position: .lowerRight)
        return Figure(axes, width: 300, height: 290)
    }
}
