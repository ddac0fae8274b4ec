import Companion
import Neural

/// Chapter 8 of the book, "Measuring performance": why a model that fits its training data can
/// still fail on new data — noise, bias and variance — and what capacity, data and dimension do
/// to them.
public enum MeasuringPerformance {
    public static let chapter = Chapter(
        number: 8,
        title: "Measuring performance",
        summary: """
            A fitted model is judged on data it has not seen. Chapter 8 splits the test error of a simple \
            regression model into noise, bias and variance, shows how more data and more capacity move them, \
            and why intuition about distance and volume fails in many dimensions.
            """,
        demos: demos,
        figures: figures,
        exercises: exercises
    )

    /// The published MNIST-1D (4000 training and 1000 test examples), generated once for the
    /// demos and figures that share it.
    static let published = MNIST1D.published
}
