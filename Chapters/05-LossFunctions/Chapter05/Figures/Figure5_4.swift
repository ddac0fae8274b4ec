import Companion
import Foundation
import Neural
import Plot

extension LossFunctions {
    /// Draws figure 5.4 (its caption is in `Figures.swift`).
    static func figure5_4() -> Figure {
        var fig = Figure(columns: 2, rows: 2, panelWidth: 290, panelHeight: 240)
        let data = BookData.line12
        let lines = [LinearRegression.fit(x: data.x, y: data.y), LinearRegression(intercept: 1.6, slope: -0.8)]
        let colors: [Color] = [.blue, .green]
        for (k, line) in lines.enumerated() {
            fig.panel(k) { ax in
                ax.line(
                    x: [0, 2], y: [line.predict(0), line.predict(2)], color: .bestGreen,
                    width: 2)
                for (x, y) in zip(data.x, data.y) {
                    ax.line(x: [x, x], y: [y, line.predict(x)], color: .gray, width: 1, dash: [3, 2])
                }
                ax.scatter(x: data.x, y: data.y, size: 6)
                for (c, i) in highlighted.enumerated() {
                    ax.scatter(x: [data.x[i]], y: [data.y[i]], color: colors[c], size: 9, edge: .black)
                }
                ax.text(
                    "L = " + Narrator.format(line.loss(x: data.x, y: data.y), digits: 2), at: Point(0.05, 1.95),
                    anchor: .topLeft)
                ax.xLimits = 0...2; ax.yLimits = 0...2
                ax.xLabel = "Input, x"; ax.yLabel = "Output, y"
            }
            fig.panel(k + 2) { ax in
                var nll = 0.0
                for (x, y) in zip(data.x, data.y) {
                    nll -= log(Distributions.normal(y, mean: line.predict(x), sigma: figure54Sigma))
                }
                for (c, i) in highlighted.enumerated() {
                    let mu = line.predict(data.x[i])
                    let p = Distributions.normal(data.y[i], mean: mu, sigma: figure54Sigma)
                    ax.function(
                        { Distributions.normal($0, mean: mu, sigma: figure54Sigma) }, over: -0.5...2.5,
                        color: colors[c], width: 2,
                        label: "Pr(y | x_{\(i + 1)})")
                    ax.line(x: [-0.5, data.y[i]], y: [p, p], color: .bookOrange, width: 1.5, dash: [4, 3])
                    ax.scatter(x: [data.y[i]], y: [p], color: colors[c], size: 8, edge: .black)
                }
                ax.text(
                    "−Σ_i log Pr(y_i | x_i) = " + Narrator.format(nll, digits: 1),
                    at: Point(0.97, 0.95), anchor: .topRight, coordinates: .axes)
                ax.xLimits = -0.5...2.5; ax.yLimits = 0...3.2
                ax.xLabel = "Output, y"; ax.yLabel = "Pr(y | x)"
                ax.legend(position: .upperLeft)
            }
        }
        return fig
    }
}
