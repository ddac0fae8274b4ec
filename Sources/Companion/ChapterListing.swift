/// The `list` view of a chapter: what can be run, drawn and checked, in tables
/// that fit an 88-column terminal.
struct ChapterListing {
    let chapter: Chapter

    /// Longest text shown in a table cell before it is cut with "…".
    static let cellWidth = 60

    func print(to narrator: Narrator) {
        let title = "Chapter \(chapter.number): \(chapter.title)"
        narrator.line(title)
        narrator.line(String(repeating: "─", count: title.count))
        narrator.line("Demos (\(chapter.commandName) demo NAME):")
        if chapter.demos.contains(where: { !$0.options.isEmpty }) {
            narrator.table(
                ["name", "what it shows", "options"],
                chapter.demos.map {
                    [
                        $0.id, Self.cut(MarkupText.plain($0.title)),
                        $0.options.map { "--" + $0.name }.joined(separator: " "),
                    ]
                })
        } else {
            narrator.table(
                ["name", "what it shows"], chapter.demos.map { [$0.id, Self.cut(MarkupText.plain($0.title))] })
        }
        narrator.line()
        narrator.line("Figures (\(chapter.commandName) figures --only ID):")
        narrator.table(
            ["id", "caption"],
            chapter.figures.map { [$0.id, Self.cut(Self.firstSentence(MarkupText.plain($0.caption)))] })
        narrator.line()
        narrator.line("Exercises (\(chapter.commandName) check ID):")
        narrator.table(
            ["id", "source", "title"],
            chapter.exercises.map { [$0.id, $0.source, Self.cut(MarkupText.plain($0.title))] })
    }

    /// Text up to the first full stop that ends a sentence: a "." followed by a space, not
    /// the one of an abbreviation ("eq. 3.1", "e.g. ") and not inside a number ("figure 2.2").
    static func firstSentence(_ text: String) -> String {
        var searchStart = text.startIndex
        while let end = text.range(of: ". ", range: searchStart..<text.endIndex) {
            let before = text[..<end.lowerBound]
            let word = before.split(separator: " ").last.map(String.init) ?? ""
            if !["eq", "eqs", "Eq", "Eqs", "e.g", "i.e", "cf", "ch", "p"].contains(word) {
                return String(before) + "."
            }
            searchStart = end.upperBound
        }
        return text
    }

    /// `text`, shortened to `cellWidth` characters with a trailing "…" if longer.
    static func cut(_ text: String) -> String {
        text.count <= cellWidth ? text : String(text.prefix(cellWidth - 1)) + "…"
    }
}
