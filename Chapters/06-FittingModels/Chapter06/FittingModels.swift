import Companion

/// Chapter 6 of the book, "Fitting models". (Being written: demos, figures and exercises come next.)
public enum FittingModels {
    public static let chapter = Chapter(
        number: 6,
        title: "Fitting models",
        summary: "",
        demos: [],
        figures: [],
        exercises: []
    )
}
