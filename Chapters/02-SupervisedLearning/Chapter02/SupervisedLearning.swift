import Companion

/// Chapter 2 of the book, "Supervised learning": a straight line fitted to
/// twelve points, the loss that scores it, and how training walks downhill.
public enum SupervisedLearning {
    public static let chapter = Chapter(
        number: 2,
        title: "Supervised learning",
        summary: """
            A model maps inputs to outputs through parameters; training picks the parameters that make \
            the loss over the training pairs small. Chapter 2 shows the whole loop on the simplest model \
            there is, the line y = φ0 + φ1·x, fitted to the twelve points of figure 2.2.
            """,
        demos: demos,
        figures: figures,
        exercises: exercises
    )
}
