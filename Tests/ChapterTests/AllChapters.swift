import Book
import Companion
import Foundation
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
                #expect(exercise.run(.wrong(index)).label == "failing", "exercise \(exercise.id), wrong answer \(index)")
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

    @Test(arguments: book.map(\.number))
    func idsAreUnique(chapter number: Int) {
        let chapter = book.first { $0.number == number }!
        for ids in [chapter.demos.map(\.id), chapter.figures.map(\.id), chapter.exercises.map(\.id)] {
            #expect(Set(ids).count == ids.count, "duplicate ids in \(ids)")
        }
    }

    /// The committed SVGs are what the code draws today, and the folder holds
    /// exactly one PNG and one SVG per figure.
    @Test(arguments: book.map(\.number))
    func committedFiguresAreCurrent(chapter number: Int) throws {
        let chapter = book.first { $0.number == number }!
        let folder = repositoryRoot + "/figures/" + chapter.commandName
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        let expected = Set(chapter.figures.flatMap { [$0.fileName(.svg), $0.fileName(.png)] })
        #expect(present == expected, "figures/\(chapter.commandName) is out of date: run 'swift run udl figures'")
        for figure in chapter.figures {
            let committed = FileManager.default.contents(atPath: folder + "/" + figure.fileName(.svg)).map { [UInt8]($0) }
            let today = try figure.makeFigure().svg()
            #expect(committed == today, "figure \(figure.id) differs from figures/\(chapter.commandName): run 'swift run udl figures'")
        }
    }

    @Test func theGalleryPageIsCurrent() {
        let committed = try? String(contentsOfFile: repositoryRoot + "/figures/index.html", encoding: .utf8)
        #expect(committed == Gallery(chapters: book).html(figuresIn: repositoryRoot + "/figures"), "run 'swift run udl gallery'")
    }
}
