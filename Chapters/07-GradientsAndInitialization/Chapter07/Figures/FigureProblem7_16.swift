import Companion
import Foundation
import Neural
import Plot

extension GradientsAndInitialization {
    /// Draws problem 7.16 (its caption is in `Figures.swift`).
    static func figureProblem7_16() -> Figure {
        var run = TrainingExample()
        let losses = run.train(epochs: 100)
        var ax = Axes()
        ax.xLabel = "Epoch"
        ax.yLabel = "Training loss"
        ax.xLimits = 0...100
        ax.yLimits = 0...15
        for epoch in stride(from: 10.0, to: 100, by: 10) {
            ax.vline(x: epoch, color: .lightGray, width: 0.8, dash: [2, 3])
        }
        ax.line(x: losses.indices.map(Double.init), y: losses, color: .bookCyan, width: 2)
        ax.scatter(x: losses.indices.map(Double.init), y: losses, color: .bookOrange, size: 3)
        return Figure(ax, width: 380, height: 260)
    }
}
