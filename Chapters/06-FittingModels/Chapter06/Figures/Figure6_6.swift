import Companion
import Neural
import Plot

extension FittingModels {
    /// Figure 6.6: the full loss with the spread of possible SGD steps (a) and three batch losses (b–d).
    @Sendable static func figure6_6() -> Figure {
        let s = batchViewSetting
        let featured = featuredUpdates()
        var figure = Figure(columns: 2, rows: 2, panelWidth: 320, panelHeight: 290)

        var full = zoomedAxes(batch: nil)
        let all = possibleUpdates()
        for update in all {
            full.line(
                x: [s.phi[0], update.to[0]], y: [s.phi[1], update.to[1]], color: Color.pathTeal.withAlpha(0.35),
                width: 0.8)
        }
        full.scatter(x: all.map { $0.to[0] }, y: all.map { $0.to[1] }, color: .pathTeal, size: 3.5)
        full.scatter(x: [s.phi[0]], y: [s.phi[1]], color: .bookOrange, size: 8, edge: .black)
        full.title = "All 30 points: \(s.draws) possible steps"
        figure[0] = full

        for (index, update) in featured.enumerated() {
            var axes = zoomedAxes(batch: update.batch)
            axes.arrow(
                from: Point(update.from[0], update.from[1]), to: Point(update.to[0], update.to[1]),
                color: .pathTeal, width: 2, headSize: 9)
            axes.scatter(x: [update.from[0]], y: [update.from[1]], color: .bookOrange, size: 8, edge: .black)
            // The inset: the batch's points (the other points faint), the current model dashed, the updated solid.
            let inset = GaborInset(box: (x: -4.85 ... -1.45, y: 6.7...8.9))
            inset.drawBackground(on: &axes)
            inset.drawPoints(x: gabor.x, y: gabor.y, on: &axes, color: .lightGray, size: 2.5)
            inset.drawPoints(
                x: update.batch.map { gabor.x[$0] }, y: update.batch.map { gabor.y[$0] }, on: &axes,
                color: .bookOrange, size: 5)
            inset.drawModel(update.from, on: &axes, color: .black, dash: [3, 2])
            inset.drawModel(update.to, on: &axes, color: Color(rgb: 0x2a9d8f))
            let change = Narrator.format(abs(update.fullLossChange), digits: 2)
            axes.title =
                "Points " + update.batch.map { "\($0 + 1)" }.joined(separator: ", ") + ": full-loss change "
                + (update.fullLossChange < 0 ? "−" : "+") + change
            figure[index + 1] = axes
        }
        return figure
    }

    /// The loss of the batch (all points when nil) around the current parameters, coloured over its own range.
    static func zoomedAxes(batch: [Int]?) -> Axes {
        let field = Field(xs: linspace(-5...2, 141), ys: linspace(6.5...13.5, 141)) {
            gaborLoss([$0, $1], batch: batch)
        }
        var axes = lossAxes(field)
        axes.xLabel = "Offset, φ_0"
        axes.yLabel = "Frequency, φ_1"
        return axes
    }
}
