import Companion

/// Chapter 4 of the book, "Deep neural networks": composing shallow networks, the
/// two-hidden-layer network and its matrix form, and why depth buys linear regions.
public enum DeepNetworks {
    public static let chapter = Chapter(
        number: 4,
        title: "Deep neural networks",
        summary: """
            Feeding one shallow ReLU network into another multiplies their linear regions: the first folds the \
            input, the second acts on the folded copies. That composition is a special deep network; the general \
            one alternates affine maps β_k + Ω_k h_k with ReLUs (eq. 4.15) and, for a fixed parameter \
            budget, can make vastly more regions than a shallow network (eq. 4.17, figure 4.7).
            """,
        demos: demos,
        figures: figures,
        exercises: exercises
    )
}
