import Companion
import Plot

extension ShallowNetworks {
    static let figures: [BookFigure] = [
        BookFigure(
            id: "3.1", caption: "The ReLU clips negative inputs to zero and passes positive ones unchanged (eq. 3.2).",
            render: figure3_1),
        BookFigure(
            id: "3.2",
            caption: "Three members of the family of eq. 3.1: continuous, piecewise linear, with up to three "
                + "joints. (a) has the parameters of figure 3.3; (b, c) are our own choices.", render: figure3_2),
        BookFigure(
            id: "3.3",
            caption: "Eq. 3.1 step by step: (a–c) three lines θ_{d0} + θ_{d1} x, (d–f) clipped by the ReLU, "
                + "(g–i) scaled by φ_d, (j) summed with φ_0. The shaded region has h_1 and h_3 active and h_2 clipped.",
            render: figure3_3),
        BookFigure(
            id: "3.4",
            caption: "Drawing the network of eq. 3.1: (a) each of the ten parameters is an arrow with its name, the "
                + "offsets in orange from nodes holding 1, and a ReLU mark sits at each hidden unit; (b) the usual "
                + "drawing leaves out the offsets, the ReLU marks and the names.", render: figure3_4),
        BookFigure(
            id: "3.5",
            caption: "A smooth curve (dashed) followed by networks with 3, 7 and 13 hidden units. Each hidden unit "
                + "adds one linear region (the dots are the joints between them), and the more regions, the shorter "
                + "the piece of curve each line has to follow. The universal approximation theorem: with enough hidden "
                + "units a shallow network comes as close as we ask to any continuous function on a compact subset "
                + "of the input space.", render: figure3_5),
        BookFigure(
            id: "3.6",
            caption: "One input, four hidden units, two outputs: (a) the network; (b) both outputs bend at the same "
                + "four joints (dotted), because they share the hidden units, but have their own slopes and heights. "
                + "Parameters are our own choice.",
            render: figure3_6),
        BookFigure(
            id: "3.7", caption: "A network with two inputs x_1, x_2, three hidden units and one output.",
            render: figure3_7),
        BookFigure(
            id: "3.8",
            caption: "Two inputs, three hidden units: (a–c) three planes, (d–f) clipped at zero along the cyan "
                + "joint lines, (g–i) weighted, (j) summed into a surface of seven convex linear regions.",
            render: figure3_8),
        BookFigure(
            id: "3.9",
            caption: "The most linear regions a shallow network can make, (a) against hidden units and (b) "
                + "against parameters, for D_i = 1, 5, 10, 50, 100 inputs. The dot is D = 500, D_i = 100: more than "
                + "10^{107} regions from 51,001 parameters.", render: figure3_9),
        BookFigure(
            id: "3.10",
            caption: "Regions against input dimensions. With D_i inputs and D_i hidden units h_d = ReLU[x_d] the "
                + "joints are the hyperplanes x_d = 0 (cyan): (a) one joint splits the line into 2 regions, (b) two "
                + "lines split the plane into 4, (c) three planes split space into 8; in general 2^{D_i}. Each region "
                + "is labelled by its activation pattern (1 = unit active).", render: figure3_10),
        BookFigure(
            id: "3.11",
            caption: "Three inputs, three hidden units, two outputs: fifteen slopes drawn as lines, "
                + "plus five offsets not drawn, twenty parameters.", render: figure3_11),
        BookFigure(
            id: "3.12",
            caption: "Terminology: the input, hidden and output layers of a fully connected feed-forward network. "
                + "Each forward connection (arrow) is a weight; the hidden units are also called neurons. The values "
                + "going into a hidden unit are its pre-activations, those coming out after the ReLU its activations.",
            render: figure3_12),
        BookFigure(
            id: "3.13",
            caption: "Activation functions: (a) sigmoid and tanh, (b) leaky and parametric ReLU, (c) SoftPlus, "
                + "GELU, SiLU, (d) ELU, (e) SELU, (f) Swish with β = 0.4, 1.0, 1.4.", render: figure3_13),
        BookFigure(
            id: "3.14",
            caption: "Problem 3.4: the lines of the three hidden units; the first two as in figure 3.3, the "
                + "third changed (our choice: θ_{30} = −1.5, θ_{31} = 1.0).", render: figure3_14),
    ]
}
