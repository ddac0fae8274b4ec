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
    /// The chapter guide's path from the repository root, "Chapters/02-SupervisedLearning/README.md",
    /// or nil for a chapter defined outside a `Chapters/NN-Name/` folder (the tests' fixture).
    public let guide: String?

    /// - Parameter definedIn: the file that defines the chapter (the caller's, by default); its
    ///   `Chapters/NN-Name/` folder holds the chapter guide.
    public init(
        number: Int, title: String, summary: String,
        demos: [Demo], figures: [BookFigure], exercises: [Exercise],
        definedIn file: String = #filePath
    ) {
        self.number = number
        self.title = title
        self.summary = summary
        self.demos = demos
        self.figures = figures
        self.exercises = exercises
        self.guide = Chapter.guide(number: number, definedIn: file)
    }

    /// "ch02", the executable's name and the figures sub-folder.
    public var commandName: String { "ch" + twoDigits }

    var twoDigits: String { Chapter.twoDigits(number) }

    static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// The guide of chapter `number` when `file` lies in its `Chapters/NN-Name/` folder.
    static func guide(number: Int, definedIn file: String) -> String? {
        let components = file.split(separator: "/")
        let prefix = twoDigits(number) + "-"
        guard let index = components.lastIndex(of: "Chapters"), index + 1 < components.count,
            components[index + 1].hasPrefix(prefix)
        else { return nil }
        return "Chapters/\(components[index + 1])/README.md"
    }
}
