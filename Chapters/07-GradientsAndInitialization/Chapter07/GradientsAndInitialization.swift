import Companion

/// Chapter 7 of the book, "Gradients and initialization". (Being written: demos, figures and exercises come next.)
public enum GradientsAndInitialization {
    public static let chapter = Chapter(
        number: 7,
        title: "Gradients and initialization",
        summary: "",
        demos: [],
        figures: [],
        exercises: []
    )
}
