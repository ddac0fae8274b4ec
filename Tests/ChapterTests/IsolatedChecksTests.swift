import Book
import Companion
import Foundation
import Testing

/// Checks run in child processes of the real `udl` executable, as `check` does.
@Suite struct IsolatedChecksTests {
    /// `udl`, built next to the test bundle.
    var udl: String { Executables.url("udl").path }

    @Test func referenceSolutionsPassInAChildProcess() throws {
        let chapter = Book.chapters[0]
        #expect(FileManager.default.isExecutableFile(atPath: udl), "udl should be built at \(udl)")
        let report = try CheckReport(
            chapter: chapter, ids: [], solver: .reference, runner: .isolated(executable: udl, timeout: 30))
        #expect(report.rows.count == chapter.exercises.count)
        #expect(report.count(.solved) == chapter.exercises.count)
        let readers = try CheckReport(
            chapter: chapter, ids: ["2.1", "2.2"], solver: .reader, runner: .isolated(executable: udl, timeout: 30))
        #expect(readers.rows.map(\.outcome) == [.notAttempted, .notAttempted])
    }

    @Test func aChildThatCannotStartFailsEveryExerciseWithTheReason() throws {
        let chapter = Book.chapters[0]
        let report = try CheckReport(
            chapter: chapter, ids: ["2.1", "2.2"], solver: .reader,
            runner: .isolated(executable: "/nonexistent/udl", timeout: 30))
        #expect(report.count(.failing) == 2)
        if case .failing(let message) = report.rows[0].outcome {
            #expect(message.hasPrefix("could not start /nonexistent/udl"))
        }
    }
}
