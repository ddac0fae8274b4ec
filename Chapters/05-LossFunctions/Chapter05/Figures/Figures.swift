import Companion

extension LossFunctions {
    static let figures: [BookFigure] = [
        BookFigure(
            id: "5.1",
            caption: "Models that output distributions: (a) a normal over a real output, (b) a histogram over four "
                + "classes, (c) a Poisson over counts, (d) a von Mises over directions, each drawn at x = 2 and x = 7.",
            render: figure5_1),
        BookFigure(
            id: "5.2",
            caption: "(a) The logarithm only ever increases, so (b) a function g[z] and (c) its logarithm peak "
                + "at the same place (dashed line).", render: figure5_2),
        BookFigure(
            id: "5.3",
            caption: "Normal densities: μ moves the peak, σ² sets the width, and a narrower density is taller.",
            render: figure5_3),
        BookFigure(
            id: "5.4",
            caption:
                "Least squares is maximum likelihood: (a) the best line and (b) figure 2.2c's poor line, both in green, with "
                + "their residuals; (c, d) the normal densities at the two highlighted points (σ = 0.2) and the probabilities of "
                + "the observed outputs (dashed).", render: figure5_4),
        BookFigure(
            id: "5.5",
            caption: "(a, b) A shallow network predicting the mean only: the ±2σ band (grey, and the arrows from "
                + "the mean) has constant width. (c, d) A second output predicts σ, and the band follows the spread "
                + "of the data.", render: figure5_5),
        BookFigure(
            id: "5.6", caption: "The Bernoulli distribution: probability λ for z = 1 and 1 − λ for z = 0.",
            render: figure5_6),
        BookFigure(
            id: "5.7", caption: "The logistic sigmoid squeezes the real line into (0, 1); sig[0] = 0.5.",
            render: figure5_7),
        BookFigure(
            id: "5.8",
            caption: "Binary classification with notebook 5.2's network: (a) the network output, (b) after the "
                + "sigmoid, (c) λ = Pr(y = 1) solid and 1 − λ dashed, with the labels.", render: figure5_8),
        BookFigure(
            id: "5.9", caption: "A categorical distribution over K = 5 categories: five probabilities that sum to one.",
            render: figure5_9),
        BookFigure(
            id: "5.10",
            caption: "Three classes with notebook 5.3's network: (a) the three outputs, (b) after the softmax, "
                + "probabilities that sum to one at every x (the labels are marked along the bottom).",
            render: figure5_10),
        BookFigure(
            id: "5.12",
            caption: "The cross-entropy view: (a) the data as point masses, (b) the normal fitted by maximum "
                + "likelihood, which minimises the KL divergence to them.", render: figure5_12),
        BookFigure(
            id: "5.13",
            caption: "Von Mises densities on the circle (−π, π]: μ places the peak (it wraps around), and "
                + "larger κ makes it narrower.", render: figure5_13),
        BookFigure(
            id: "5.14",
            caption: "(a) Data that follow one of two paths for intermediate x (near −2 or +3 at x = 0). "
                + "A mixture of two normals (b) with distant means is bimodal, (c) with close means is one skewed peak.",
            render: figure5_14),
        BookFigure(
            id: "5.15",
            caption: "Poisson distributions over counts with rates 1.4, 2.8 and 6.0 (the rate is the mean).",
            render: figure5_15),
    ]
}
