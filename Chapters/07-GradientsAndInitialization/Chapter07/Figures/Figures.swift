import Companion
import Foundation
import Neural
import Plot

extension GradientsAndInitialization {
    static let figures: [BookFigure] = [
        BookFigure(
            id: "7.6",
            caption: "The ReLU (orange) and its derivative (cyan): slope 0 for negative inputs, "
                + "slope 1 for positive ones, a jump at z = 0.", render: figure7_6),
        BookFigure(
            id: "7.7",
            caption: "Fifty ReLU layers of 100 units with weights drawn from N(0, σ²_Ω): (a) variance of "
                + "the activations and (b) of the gradients ∂ℓ/∂f, layer by layer, on log scales. "
                + "Only He's σ²_Ω = 2/D_h = 0.02 stays level.", render: figure7_7),
        BookFigure(
            id: "problem-7.16",
            caption: "The training loss per epoch of figure 7.8's code, a "
                + "10-40-40-5 network fitted to 100 random points with SGD, momentum 0.9 and a learning rate halved "
                + "every 10 epochs (dotted lines).", render: figureProblem7_16),
    ]

}
