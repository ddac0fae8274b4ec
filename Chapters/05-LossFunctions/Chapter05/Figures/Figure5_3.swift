import Companion
import Foundation
import Neural
import Plot

extension LossFunctions {
    /// Draws figure 5.3 (its caption is in `Figures.swift`).
    static func figure5_3() -> Figure {
        var ax = Axes()
        let settings: [(mu: Double, sigma: Double, color: Color)] = [
            (0, 1, .bookCyan), (1.5, 0.5, .bookOrange), (-1.5, 1.5, .blue),
        ]
        for s in settings {
            ax.function(
                { Distributions.normal($0, mean: s.mu, sigma: s.sigma) }, over: -5...5, color: s.color, width: 2,
                label: Narrator.withMinusSigns("μ = \(s.mu), σ^2 = \(s.sigma * s.sigma)"))
        }
        ax.xLimits = -5...5
        ax.yLimits = 0...1
        ax.xLabel = "Variable, z"
        ax.yLabel = "Probability density, Pr(z)"
        ax.legend(position: .upperLeft)
        return Figure(ax, width: 380, height: 270)
    }
}
