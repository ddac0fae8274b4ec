import Companion
import Foundation
import Neural
import Plot

extension LossFunctions {
    /// Draws figure 5.13 (its caption is in `Figures.swift`).
    static func figure5_13() -> Figure {
        var ax = Axes()
        let settings: [(mu: Double, kappa: Double, color: Color)] = [
            (0, 1, .bookCyan), (-1.5, 8, .bookOrange), (2.8, 3, .blue),
        ]
        for s in settings {
            ax.function(
                { Distributions.vonMises($0, mean: s.mu, concentration: s.kappa) }, over: -.pi ... .pi, color: s.color,
                width: 2,
                label: Narrator.withMinusSigns("μ = \(s.mu), κ = \(Int(s.kappa))"))
        }
        ax.xLimits = -.pi ... .pi
        ax.xTicks = [-.pi, -.pi / 2, 0, .pi / 2, .pi]
        ax.xTickLabels = ["−π", "−π/2", "0", "π/2", "π"]
        ax.yLimits = 0...1.3
        ax.xLabel = "Direction, z"
        ax.yLabel = "Pr(z)"
        ax.legend(position: .upperRight)
        return Figure(ax, width: 380, height: 270)
    }
}
