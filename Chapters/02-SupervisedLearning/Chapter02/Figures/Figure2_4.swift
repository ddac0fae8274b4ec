import Companion
import Neural
import Plot

extension SupervisedLearning {
    /// Figure 2.4: the descent path of positions 0–4 and the lines they stand for.
    @Sendable static func figure2_4() -> Figure {
        let path = descentPath()
        let field = lossField()
        var figure = Figure(columns: 2, rows: 1, panelWidth: 300, panelHeight: 300)

        var axes = parameterAxes()
        axes.heatmap(field, colormap: .udlLoss)
        axes.contour(field, levels: contourLevels)
        axes.line(x: path.map(\.intercept), y: path.map(\.slope), color: .pathTeal, width: 2)
        axes.scatter(x: path.map(\.intercept), y: path.map(\.slope), color: .pathTeal, size: 7, edge: .black)
        // Positions 2–4 lie close together: their labels alternate sides of the path.
        for (index, point) in path.enumerated() {
            let left = index == 2 || index == 4
            axes.text(
                "\(index)", at: Point(point.intercept + (left ? -0.07 : 0.07), point.slope),
                anchor: left ? .right : .left,
                size: 11, color: .white)
        }
        figure[0] = axes

        var lines = Axes.lineDataPlane()
        let shades = Color.pathShades(path.count)
        for (index, line) in path.enumerated() {
            lines.line(
                x: [0, 2], y: [line.predict(0), line.predict(2)], color: shades[index], width: 2,
                label: "position \(index)")
        }
        lines.scatter(x: data.x, y: data.y, color: .bookOrange, size: 7)
        lines.legend(position: .lowerRight)
        figure[1] = lines
        return figure
    }
}
