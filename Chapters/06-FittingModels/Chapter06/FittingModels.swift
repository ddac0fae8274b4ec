import Companion

/// Chapter 6 of the book, "Fitting models": gradient descent, its stochastic version, momentum and
/// Adam, run on a line fit, the two-parameter Gabor model and a lopsided valley.
public enum FittingModels {
    public static let chapter = Chapter(
        number: 6,
        title: "Fitting models",
        summary: """
            Training means walking downhill on the loss. Chapter 6 follows gradient descent with a line search \
            on a line fit, meets local minima and saddle points on the two-parameter Gabor model, and shows how \
            random batches (SGD), momentum and Adam change the walk.
            """,
        demos: demos,
        figures: figures,
        exercises: exercises
    )
}
