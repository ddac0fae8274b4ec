import Companion
import Neural
import Plot

extension SupervisedLearning {
    /// Figure 2.2: the data, then three lines with their residuals and losses (eq. 2.5).
    @Sendable static func figure2_2() -> Figure {
        var figure = Figure(columns: 4, rows: 1, panelWidth: 230, panelHeight: 230)
        var dataPanel = Axes.lineDataPlane()
        dataPanel.scatter(x: data.x, y: data.y, color: .bookOrange, size: 7)
        figure[0] = dataPanel
        for (index, entry) in figureLines.enumerated() {
            var axes = Axes.lineDataPlane()
            for i in data.x.indices {
                axes.line(
                    x: [data.x[i], data.x[i]], y: [data.y[i], entry.line.predict(data.x[i])],
                    color: .bookOrange, width: 1.2, dash: [3, 2])
            }
            draw(entry.line, on: &axes, color: index == 2 ? bestColor : .bookCyan)
            axes.scatter(x: data.x, y: data.y, color: .bookOrange, size: 7)
            let loss = entry.line.loss(x: data.x, y: data.y)
            axes.text("L = " + Narrator.format(loss, digits: 2), at: Point(0.06, 1.94), anchor: .topLeft, size: 11)
            figure[index + 1] = axes
        }
        return figure
    }
}
