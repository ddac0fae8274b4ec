import Companion
import Foundation
import Neural
import Plot

extension DeepNetworks {
    /// Inputs per curve of the 1-D panels.
    static let samples = 2001

    /// An axes value with square limits, ticks and labels for the 1-D panels.
    static func unitAxes(
        x: ClosedRange<Double> = -1...1, y: ClosedRange<Double> = -1...1, xLabel: String, yLabel: String,
        letter: String
    ) -> Axes {
        var ax = Axes()
        ax.xLimits = x
        ax.yLimits = y
        ax.xLabel = xLabel
        ax.yLabel = yLabel
        ax.letter = letter
        return ax
    }
}
