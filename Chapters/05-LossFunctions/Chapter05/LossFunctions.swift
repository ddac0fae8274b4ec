import Companion

/// Chapter 5 of the book, "Loss functions": a network predicts the parameters of a
/// distribution over the output, and the loss is the negative log-likelihood of the data.
public enum LossFunctions {
    public static let chapter = Chapter(
        number: 5,
        title: "Loss functions",
        summary: """
            Treat the network as predicting a probability distribution over the output, then choose the \
            parameters that make the training outputs most probable. Taking −log turns the product into a \
            sum: least squares for a normal, binary and multiclass cross-entropy for Bernoulli and \
            categorical outputs, and a recipe for any other kind of output.
            """,
        demos: demos,
        figures: figures,
        exercises: exercises
    )
}
