import Companion
import Foundation
import Neural
import Plot

extension GradientsAndInitialization {
    /// Draws figure 7.7 (its caption is in `Figures.swift`).
    static func figure7_7() -> Figure {
        let profiles = InitializationExperiment.all()
        let layers = (1...InitializationExperiment.hiddenLayers).map(Double.init)
        var figure = Figure(columns: 2, rows: 1, panelWidth: 330, panelHeight: 280)
        for (panel, backward) in [(0, false), (1, true)] {
            figure.panel(panel) { ax in
                ax.xLabel = "Layer"
                ax.yLabel = backward ? "Variance of gradients ∂ℓ/∂f" : "Variance of activations h"
                ax.yScale = .log
                ax.xLimits = 0...50
                let decades =
                    backward
                    ? Array(stride(from: -160, through: 200, by: 40)) : Array(stride(from: -80, through: 140, by: 20))
                ax.yLimits = pow(10, Double(decades.first!))...pow(10, Double(decades.last!))
                ax.yTicks = decades.map { pow(10, Double($0)) }
                ax.yTickLabels = decades.map { $0 == 0 ? "1" : Ticks.powerLabel(pow(10, Double($0))) }
                for (index, p) in profiles.enumerated() {
                    ax.line(
                        x: layers, y: backward ? p.backward : p.forward, color: Color.series[index],
                        width: p.variance == 0.02 ? 2.5 : 1.5,
                        label: backward ? nil : "σ^2_Ω = \(p.variance)")
                }
                if !backward { ax.legend(position: .upperLeft) }
            }
        }
        return figure
    }
}
