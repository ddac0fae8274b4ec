import Companion
import Foundation
import Neural
import Plot

extension DeepNetworks {
    static let figures: [BookFigure] = [
        BookFigure(
            id: "4.1",
            caption: "Composing two shallow networks. (a) The first network's output y is the second "
                + "network's input. (b) The first maps x to y in three pieces whose slopes "
                + "alternate; three inputs (gray) reach the same y (cyan). (c) The second network, three pieces of its own, sends "
                + "that y to y′ (brown). (d) Composed, the second function appears three times, flipped or stretched: nine regions.",
            render: figure4_1),
        BookFigure(
            id: "4.2",
            caption: "Composing with two inputs. (a) Figure 3.8's network, two inputs and three hidden units, feeds "
                + "its output y to a second network with two hidden units. (b) Figure 3.8's network, drawn as there "
                + "(grey, joints cyan): seven regions, the flat one at y = 0.4. (c) A second network with one joint at "
                + "y = 0.2 inside the range. (d) The composition: each of the six sloped regions is cut along y = 0.2 "
                + "(dashed), giving 13 regions.",
            render: figure4_2),
        BookFigure(
            id: "4.3",
            caption: "Figure 4.1's composition as folding. (a) The first network folds the input line onto itself: "
                + "its three pieces (blue, orange, purple) lie stacked over the same range of y, and the three inputs "
                + "that reach y = 0.5 now coincide (cyan). (b) The second network applies its one function to the "
                + "folded space, to every layer alike. (c) Unfolding gives the output: a copy of (b) on each piece, "
                + "reversed on the middle one.", render: figure4_3),
        BookFigure(
            id: "4.4",
            caption: "A deep network: one input x, two hidden layers of three units (h_k, then h′_k) and "
                + "one output y′ (eqs. 4.7–4.9). θ, ψ and φ′ label the slopes between the layers; the orange nodes supply "
                + "the offsets.",
            render: figure4_4),
        BookFigure(
            id: "4.5",
            caption: "The two-hidden-layer network at work. (a–c) The second layer's pre-activations share "
                + "the first layer's joints; (d–f) ReLU clips them at zero; (g–i) they are weighted by φ′_1, φ′_2, φ′_3; (j) summed "
                + "with the offset φ′_0.",
            render: figure4_5),
        BookFigure(
            id: "4.6",
            caption: "The general network in matrix form (eq. 4.15) with a 3-D input x, hidden layers "
                + "h_1, h_2, h_3 of 4, 2 and 3 units and a 2-D output y. Ω_k multiplies layer k to give the pre-activations of "
                + "layer k + 1, so Ω_1 is 2 × 4; β_k has one entry per unit it feeds, so β_2 has three.",
            render: figure4_6),
        BookFigure(
            id: "4.7",
            caption: "Maximum linear regions (eq. 4.17) against parameters, one curve per depth K. "
                + "(a) One input, D = 2…100 units per layer; K = 5, D = 10 gives 161,051 regions from 471 parameters. "
                + "(b) Ten inputs, D = 10, 20, …, 100; K = 5, D = 50 gives more than 10^{40} regions from 10,801 parameters.",
            render: figure4_7),
        BookFigure(
            id: "4.8",
            caption: "The two networks of problem 4.1 (our choice of functions). (a) As in "
                + "figure 4.1a, y links the two networks. (b) The first maps "
                + "x ∈ [−1, 1] to y ∈ [−1, 1]. (c) The second maps y to y′. Composing them is the exercise.",
            render: figure4_8),
        BookFigure(
            id: "4.9",
            caption: "The hidden units of problem 4.8: joints at x = 1/6, 2/6 and 4/6, slopes +1, +1 and −1 "
                + "where active.",
            render: figure4_9),
    ]
}
