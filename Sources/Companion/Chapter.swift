/// One chapter of the book as the companion presents it: narrated demos, the
/// figures it regenerates and the exercises it checks. Every chapter executable
/// (`chNN`) and the umbrella `udl` command work from this value alone.
public struct Chapter: Sendable {
    /// The book's chapter number (2 for "Supervised learning").
    public let number: Int
    public let title: String
    /// One paragraph, in our own words, shown by `list` and in the gallery.
    public let summary: String
    /// In the order the default narrated demo runs them.
    public let demos: [Demo]
    public let figures: [BookFigure]
    public let exercises: [Exercise]

    public init(
        number: Int, title: String, summary: String,
        demos: [Demo], figures: [BookFigure], exercises: [Exercise]
    ) {
        self.number = number
        self.title = title
        self.summary = summary
        self.demos = demos
        self.figures = figures
        self.exercises = exercises
    }

    /// "ch02", the executable's name and the figures sub-folder.
    public var commandName: String { "ch" + twoDigits }

    var twoDigits: String { number < 10 ? "0\(number)" : "\(number)" }
}
