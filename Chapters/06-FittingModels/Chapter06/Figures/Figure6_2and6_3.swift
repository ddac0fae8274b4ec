import Foundation
import Neural
import Plot

extension FittingModels {
    /// The parameters of figure 6.2a–c (ours): the data's generator, moved left, squeezed.
    static let figure6_2Parameters: [[Double]] = [[0, 16.6], [5, 16.6], [0, 30]]

    /// Figure 6.2: the Gabor model for three parameter choices.
    @Sendable static func figure6_2() -> Figure {
        var figure = Figure(columns: 3, rows: 1, panelWidth: 260, panelHeight: 220)
        for (index, phi) in figure6_2Parameters.enumerated() {
            var axes = gaborDataAxes()
            drawGabor(phi, on: &axes)
            axes.title = "φ_0 = \(phi[0].formatted1), φ_1 = \(phi[1].formatted1)"
            figure[index] = axes
        }
        return figure
    }

    /// Figure 6.3: the training data of the Gabor model (notebook 6.3's 30 points).
    @Sendable static func figure6_3() -> Figure {
        var axes = gaborDataAxes()
        axes.scatter(x: gabor.x, y: gabor.y, color: .bookOrange, size: 7)
        return Figure(axes, width: 360, height: 260)
    }
}

extension Double {
    /// One decimal, as the figure titles print parameters.
    var formatted1: String { String(format: "%.1f", self) }
}
