import Companion

/// Chapter 10 of the book, "Convolutional networks": layers that share a few weights across
/// every position of a signal or an image, so that a shifted input gives a shifted output, and
/// the pooling and up-sampling that change a representation's resolution.
public enum ConvolutionalNetworks {
    public static let chapter = Chapter(
        number: 10,
        title: "Convolutional networks",
        summary: """
            Chapter 10 replaces the dense weight matrix with a small kernel slid along the input: a banded \
            matrix with repeated entries that needs a handful of parameters instead of millions, commutes with \
            translation, and stacks into channels, strides, dilations, pooling and up-sampling.
            """,
        demos: demos,
        figures: figures,
        exercises: exercises
    )
}
