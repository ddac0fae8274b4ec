import Neural
import Plot

extension SupervisedLearning {
    /// Figure 2.3: the loss of eq. 2.5 over (φ0, φ1) as a surface and as a heatmap.
    @Sendable static func figure2_3() -> Figure {
        let field = lossField()
        let lines = figureLines.map(\.line)
        var figure = Figure(columns: 2, rows: 1, panelWidth: 330, panelHeight: 300)

        // 41 × 41 quads draw a smooth surface and keep the SVG small.
        var surface = Surface3D(lossField(samples: 41))
        surface.xLabel = "φ_0"
        surface.yLabel = "φ_1"
        surface.zLabel = "L[φ]"
        surface.invertY = true
        // The lines of figure 2.2b and c in cyan, the best line of 2.2d (the minimum) in green, as in (b).
        let poor = lines.dropLast()
        surface.points(
            x: poor.map(\.intercept), y: poor.map(\.slope),
            z: poor.map { $0.loss(x: data.x, y: data.y) }, color: .bookCyan, size: 7, edge: .black)
        surface.points(
            x: [lines[2].intercept], y: [lines[2].slope], z: [lines[2].loss(x: data.x, y: data.y)],
            color: bestColor, size: 7, edge: .black)
        figure.place(surface, at: 0)

        var axes = parameterAxes()
        axes.heatmap(field, colormap: .udlLoss, showColorbar: true, colorbarLabel: "Loss, L[φ]")
        axes.contour(field, levels: contourLevels)
        axes.scatter(
            x: lines.dropLast().map(\.intercept), y: lines.dropLast().map(\.slope),
            color: .bookCyan, size: 8, edge: .black)
        axes.scatter(x: [lines[2].intercept], y: [lines[2].slope], color: bestColor, size: 9, edge: .black)
        figure[1] = axes
        return figure
    }

    /// Contour levels that are dense near the minimum and sparse on the walls.
    static let contourLevels: [Double] = [0.3, 0.6, 1, 1.5, 2, 3, 4, 6, 8, 10, 13, 16, 20, 25, 30, 36, 43, 50, 58]
}
