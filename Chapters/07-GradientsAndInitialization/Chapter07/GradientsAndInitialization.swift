import Companion

/// Chapter 7 of the book, "Gradients and initialization": how backpropagation computes every
/// derivative in two passes, and how the initial weight variance decides whether the signal
/// survives fifty layers.
public enum GradientsAndInitialization {
    public static let chapter = Chapter(
        number: 7,
        title: "Gradients and initialization",
        summary: """
            Backpropagation stores the forward pass and then reuses each derivative on the way back, so \
            the gradient costs about as much as the loss. Initialisation matters because every layer \
            multiplies the variance of activations and gradients by ½·D_h·σ²_Ω: He's σ²_Ω = 2/D_h keeps it at one.
            """,
        demos: demos,
        figures: figures,
        exercises: exercises
    )
}
