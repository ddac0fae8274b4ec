import Companion

/// Chapter 3 of the book, "Shallow neural networks": one hidden layer of ReLU units,
/// the piecewise linear functions it makes, and how many pieces there can be.
public enum ShallowNetworks {
    public static let chapter = Chapter(
        number: 3,
        title: "Shallow neural networks",
        summary: """
            A shallow network computes a few linear functions of the input, clips each with an activation \
            function and adds the results with weights. With ReLU units the output is continuous and piecewise \
            linear: one joint per hidden unit for a scalar input, convex polygons for two inputs, and with \
            enough units any continuous function can be approximated.
            """,
        demos: demos,
        figures: figures,
        exercises: exercises
    )
}
