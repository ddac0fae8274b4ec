import Companion

/// Chapter 3 of the book, "Shallow neural networks". (Being written: demos, figures and exercises come next.)
public enum ShallowNetworks {
    public static let chapter = Chapter(
        number: 3,
        title: "Shallow neural networks",
        summary: "",
        demos: [],
        figures: [],
        exercises: []
    )
}
