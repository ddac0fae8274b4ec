import Companion

/// Chapter 5 of the book, "Loss functions". (Being written: demos, figures and exercises come next.)
public enum LossFunctions {
    public static let chapter = Chapter(
        number: 5,
        title: "Loss functions",
        summary: "",
        demos: [],
        figures: [],
        exercises: []
    )
}
