/// The `list` view of a chapter: what can be run, drawn and checked.
struct ChapterListing {
    let chapter: Chapter

    func print(to narrator: Narrator) {
        narrator.heading("Chapter \(chapter.number): \(chapter.title)")
        narrator.line("Demos (\(chapter.commandName) demo NAME):")
        narrator.table(["name", "what it shows"], chapter.demos.map { [$0.id, $0.title] })
        narrator.line()
        narrator.line("Figures (\(chapter.commandName) figures --only ID):")
        narrator.table(["id", "caption"], chapter.figures.map { [$0.id, firstSentence($0.caption)] })
        narrator.line()
        narrator.line("Exercises (\(chapter.commandName) check ID):")
        narrator.table(["id", "source", "title", "function"],
                       chapter.exercises.map { [$0.id, $0.source, $0.title, $0.function] })
    }

    func firstSentence(_ text: String) -> String {
        guard let end = text.firstIndex(of: ".") else { return text }
        return String(text[...end])
    }
}
