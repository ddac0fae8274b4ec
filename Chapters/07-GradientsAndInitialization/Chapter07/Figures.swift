import Companion
import Foundation
import Neural
import Plot

extension GradientsAndInitialization {
    static let figures: [BookFigure] = [
        BookFigure(
            id: "7.6",
            caption: "The ReLU (orange) and its derivative (cyan): slope 0 for negative inputs, "
                + "slope 1 for positive ones, a jump at z = 0.", render: reluFigure),
        BookFigure(
            id: "7.7",
            caption: "Fifty ReLU layers of 100 units with weights drawn from N(0, σ²_Ω): (a) variance of "
                + "the activations and (b) of the gradients ∂ℓ/∂f, layer by layer, on log scales. "
                + "Only He's σ²_Ω = 2/D_h = 0.02 stays level.", render: initializationFigure),
        BookFigure(
            id: "problem-7.16",
            caption: "Problem 7.16: the training loss per epoch of figure 7.8's code, a "
                + "10-40-40-5 network fitted to 100 random points with SGD, momentum 0.9 and a learning rate halved "
                + "every 10 epochs (dotted lines).", render: trainingFigure),
    ]

    static func reluFigure() -> Figure {
        var ax = Axes()
        ax.xLabel = "Input, z"
        ax.yLabel = "Output"
        ax.xLimits = -1...1
        ax.yLimits = -0.1...1.1
        ax.line(x: [-1, 0, 1], y: [0, 0, 1], color: .bookOrange, width: 2, label: "ReLU[z]")
        ax.line(x: [-1, 0], y: [0, 0], color: .bookCyan, width: 2, dash: [5, 3], label: "∂ReLU[z]/∂z")
        ax.line(x: [0, 1], y: [1, 1], color: .bookCyan, width: 2, dash: [5, 3])
        ax.scatter(x: [0], y: [0], color: .bookCyan, size: 6)
        ax.scatter(x: [0], y: [1], color: .white, size: 6, edge: .bookCyan)
        ax.legend(position: .upperLeft)
        return Figure(ax, width: 320, height: 260)
    }

    static func initializationFigure() -> Figure {
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
                ax.yTickLabels = decades.map { $0 == 0 ? "1" : "10^{\($0)}" }
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

    static func trainingFigure() -> Figure {
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
