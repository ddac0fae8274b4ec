import Companion

/// Chapter 9 of the book, "Regularization": ways to make a model generalize better than its
/// training loss alone would — explicit penalties, the implicit ones of gradient descent,
/// ensembles and Bayesian averaging.
public enum Regularization {
    public static let chapter = Chapter(
        number: 9,
        title: "Regularization",
        summary: """
            Chapter 9 adds terms to the loss that favour some solutions over others, finds the term that \
            gradient descent adds by itself, and averages over models — bagged or drawn from a posterior — to \
            predict more smoothly than any single fit.
            """,
        demos: demos,
        figures: figures,
        exercises: exercises
    )
}
