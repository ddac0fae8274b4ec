import Companion

/// Chapter 4 of the book, "Deep neural networks". (Being written: demos, figures and exercises come next.)
public enum DeepNetworks {
    public static let chapter = Chapter(
        number: 4,
        title: "Deep neural networks",
        summary: "",
        demos: [],
        figures: [],
        exercises: []
    )
}
