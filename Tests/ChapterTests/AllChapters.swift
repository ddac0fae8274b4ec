import Book
import Companion
import Foundation
import Plot
import Testing

let book = Book.chapters

/// The repository's root folder, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

/// What every chapter promises: checks that pass on the reference, reject wrong
/// answers and start unsolved; committed figures identical to today's renders.
@Suite struct AllChapters {
    @Test(arguments: book.map(\.number))
    func everyCheckPassesOnTheReference(chapter number: Int) {
        let chapter = book.first { $0.number == number }!
        for exercise in chapter.exercises {
            #expect(exercise.run(.reference) == .solved, "exercise \(exercise.id)")
        }
    }

    @Test(arguments: book.map(\.number))
    func everyCheckRejectsEachWrongAnswer(chapter number: Int) {
        let chapter = book.first { $0.number == number }!
        for exercise in chapter.exercises {
            #expect(exercise.wrongAnswerCount > 0, "exercise \(exercise.id) has no wrong answer to reject")
            for index in 0..<exercise.wrongAnswerCount {
                // Rejected by a failed check (CheckFailure), not by an error the answer threw.
                let outcome = exercise.run(.wrong(index))
                if case .failing(let message) = outcome, !message.hasPrefix(Exercise.thrownPrefix) { continue }
                Issue.record("exercise \(exercise.id), wrong answer \(index): \(outcome)")
            }
        }
    }

    @Test(arguments: book.map(\.number))
    func theReadersFilesStartUnsolved(chapter number: Int) {
        let chapter = book.first { $0.number == number }!
        for exercise in chapter.exercises {
            #expect(exercise.run(.reader) == .notAttempted, "exercise \(exercise.id)")
        }
    }

    /// The `function:` string each exercise shows in `list` names the stub its check calls.
    @Test(arguments: book.map(\.number))
    func everyExerciseNamesTheStubItCalls(chapter number: Int) {
        let chapter = book.first { $0.number == number }!
        for exercise in chapter.exercises {
            #expect(exercise.stubName() == exercise.function, "exercise \(exercise.id)")
        }
    }

    @Test(arguments: book.map(\.number))
    func idsAreUnique(chapter number: Int) {
        let chapter = book.first { $0.number == number }!
        for ids in [chapter.demos.map(\.id), chapter.figures.map(\.id), chapter.exercises.map(\.id)] {
            #expect(Set(ids).count == ids.count, "duplicate ids in \(ids)")
        }
    }

    /// The committed SVGs are what the code draws today (coordinates within a quarter of a
    /// pixel, everything else exact), and the folder holds exactly one PNG and one SVG per
    /// figure. A figure that differs is written to `result_images/chNN/` beside a copy of the
    /// committed one, to look at both.
    @Test(
        .enabled(if: RenderingEnvironment.isReference, Comment(rawValue: RenderingEnvironment.mismatch)),
        arguments: book.map(\.number))
    func committedFiguresAreCurrent(chapter number: Int) throws {
        let chapter = book.first { $0.number == number }!
        let folder = repositoryRoot + "/figures/" + chapter.commandName
        let results = repositoryRoot + "/result_images/" + chapter.commandName
        try? FileManager.default.removeItem(atPath: results)
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        let expected = Set(chapter.figures.flatMap { [$0.fileName(.svg), $0.fileName(.png)] })
        #expect(
            present == expected, "figures/\(chapter.commandName) is out of date: run 'swift run -c release udl figures'"
        )
        for figure in chapter.figures {
            let name = figure.fileName(.svg)
            let committed = FileManager.default.contents(atPath: folder + "/" + name).map { [UInt8]($0) } ?? []
            let today = try figure.makeFigure().svg()
            guard let difference = SVGDifference.between(committed: committed, rendered: today) else { continue }
            try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
            try Data(today).write(to: URL(fileURLWithPath: results + "/" + name))
            try Data(committed).write(to: URL(fileURLWithPath: results + "/fig-\(figure.id)-expected.svg"))
            Issue.record(
                """
                figure \(figure.id) differs from figures/\(chapter.commandName)/\(name): \(difference)
                today's render is in result_images/\(chapter.commandName)/; if the change is meant, \
                accept it with 'swift run -c release udl figures'
                """)
        }
    }

    /// The currency check bites: figure 5.5 with its mean curve moved one pixel to the right
    /// is reported, in a few lines that name the line and show both versions.
    @Test func aCurveMovedByOnePixelFailsTheCurrencyCheck() throws {
        let path = repositoryRoot + "/figures/ch05/fig-5.5.svg"
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        var lines = committed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The first stroked curve of panel b (the mean, drawn in the book's blue): the first path
        // of the class whose width is 2. Its data is relative to the first point, so moving that
        // point moves the whole curve.
        let rule = try #require(lines.first { $0.hasPrefix(".s") && $0.contains("{stroke-width:2;") })
        let name = String(rule.dropFirst().prefix { $0 != "{" })
        let index = try #require(lines.firstIndex { $0.contains("class=\"\(name)\"") && $0.contains("d=\"M ") })
        let parts = lines[index].components(separatedBy: "d=\"M ")
        let x = try #require(Double(parts[1].prefix { $0 != " " }))
        lines[index] = parts[0] + "d=\"M \(x + 1)" + parts[1].drop { $0 != " " }
        let moved = lines.joined(separator: "\n")
        let difference = try #require(
            SVGDifference.between(committed: Array(committed.utf8), rendered: Array(moved.utf8)))
        #expect(difference.firstLine == index + 1)
        #expect(difference.differingLines == 1)
        #expect(difference.description.count < 1000)
    }

    @Test func theGalleryPageIsCurrent() {
        let committed = try? String(contentsOfFile: repositoryRoot + "/figures/index.html", encoding: .utf8)
        #expect(
            committed == Gallery(chapters: book).html(figuresIn: repositoryRoot + "/figures"),
            "run 'swift run udl gallery'")
    }
}
