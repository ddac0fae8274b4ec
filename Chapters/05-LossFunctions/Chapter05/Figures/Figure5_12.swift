import Companion
import Foundation
import Neural
import Plot

extension LossFunctions {
    /// Draws figure 5.12 (its caption is in `Figures.swift`).
    static func figure5_12() -> Figure {
        var fig = Figure(columns: 2, rows: 1, panelWidth: 300, panelHeight: 250)
        let samples = crossEntropySamples
        fig.panel(0) { ax in
            for y in samples { ax.arrow(from: Point(y, 0), to: Point(y, 1), color: .bookOrange, width: 1.5) }
            ax.xLimits = -2...4
            ax.yLimits = 0...1.2
            ax.yTicks = []
            ax.xLabel = "Output, y"
            ax.yLabel = "q(y)"
            ax.title = "Empirical distribution"
        }
        let mean = samples.reduce(0, +) / Double(samples.count)
        let sd = (samples.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(samples.count)).squareRoot()
        fig.panel(1) { ax in
            ax.function(
                { Distributions.normal($0, mean: mean, sigma: sd) }, over: -2...4, color: .bookCyan, width: 2,
                label: "Pr(y | μ, σ^2)")
            ax.scatter(x: samples, y: samples.map { _ in 0 }, color: .bookOrange, size: 5)
            ax.xLimits = -2...4
            ax.yLimits = 0...0.7
            ax.xLabel = "Output, y"
            ax.yLabel = "Pr(y | θ)"
            ax.title = "Model, μ = \(Narrator.format(mean, digits: 2)), σ = \(Narrator.format(sd, digits: 2))"
        }
        return fig
    }
}
