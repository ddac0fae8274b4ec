import Companion
import Neural
import Plot

extension FittingModels {
    /// Figure 6.1: the data, the descent path on the loss surface and heatmap, and the lines at positions 0–4.
    /// The least-squares minimum is marked green, as in figure 2.3.
    @Sendable static func figure6_1() -> Figure {
        let path = figureLineDescentPath()
        let best = LinearRegression.fit(x: line.x, y: line.y)
        let field = Field(xs: linspace(0...2, 121), ys: linspace(-1...1, 121)) { lineLoss([$0, $1]) }
        var figure = Figure(columns: 4, rows: 1, panelWidth: 250, panelHeight: 250)

        var data = Axes.lineDataPlane()
        data.scatter(x: line.x, y: line.y, color: .bookOrange, size: 7)
        figure[0] = data

        // 41 × 41 quads draw a smooth surface and keep the SVG small.
        var surface = Surface3D(Field(xs: linspace(0...2, 41), ys: linspace(-1...1, 41)) { lineLoss([$0, $1]) })
        surface.xLabel = "φ_0"
        surface.yLabel = "φ_1"
        surface.zLabel = "L[φ]"
        surface.invertY = true
        surface.points(
            x: [best.intercept], y: [best.slope], z: [lineLoss([best.intercept, best.slope])], color: .bestGreen,
            size: 7, edge: .black)
        surface.path(x: path.map { $0[0] }, y: path.map { $0[1] }, z: path.map(lineLoss))
        surface.points(
            x: path.map { $0[0] }, y: path.map { $0[1] }, z: path.map(lineLoss), color: .pathTeal, size: 6, edge: .black
        )
        figure.place(surface, at: 1)

        var heat = Axes()
        heat.heatmap(field, colormap: .udlLoss)
        heat.contour(field, levels: lineContourLevels)
        heat.xLimits = 0...2
        heat.yLimits = -1...1
        heat.invertY = true
        heat.xLabel = "Intercept, φ_0"
        heat.yLabel = "Slope, φ_1"
        drawPath(path, on: &heat, dotSize: 7)
        // The minimum on top of the path, whose last position nearly covers it.
        heat.scatter(x: [best.intercept], y: [best.slope], color: .bestGreen, size: 7, marker: .diamond, edge: .white)
        // Positions 2–4 crowd the minimum: their labels alternate sides of the path.
        for (index, point) in path.enumerated() {
            let left = index == 2 || index == 4
            heat.text(
                "\(index)", at: Point(point[0] + (left ? -0.07 : 0.07), point[1]), anchor: left ? .right : .left,
                size: 10, color: .white)
        }
        figure[2] = heat

        var lines = Axes.lineDataPlane()
        for (phi, shade) in zip(path, Color.pathShades(path.count)) {
            lines.line(x: [0, 2], y: [phi[0], phi[0] + 2 * phi[1]], color: shade, width: 2)
        }
        lines.scatter(x: line.x, y: line.y, color: .bookOrange, size: 7)
        figure[3] = lines
        return figure
    }

    /// Contour levels dense near the minimum and sparse on the walls.
    static let lineContourLevels: [Double] = [
        0.3, 0.6, 1, 1.5, 2, 3, 4, 6, 8, 10, 13, 16, 20, 25, 30, 36, 43, 50, 58, 67,
    ]
}
