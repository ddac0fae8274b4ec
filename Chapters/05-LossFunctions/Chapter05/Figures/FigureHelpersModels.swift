import Companion
import Foundation
import Neural
import Plot

/// Figures that show models predicting distributions: 5.1, 5.2, 5.4, 5.5, 5.7, 5.8, 5.10.
extension LossFunctions {
    /// Wraps an angle into (−π, π].
    static func wrap(_ angle: Double) -> Double {
        let r = remainder(angle, 2 * .pi)
        return r <= -.pi ? r + 2 * .pi : r
    }

    /// Figure 5.4: the least-squares line and figure 2.2c's poor line, the points i = 4 and 10
    /// highlighted, and σ = 0.2 for the normal densities.
    static let highlighted = [3, 9]
    static let figure54Sigma = 0.2

}
