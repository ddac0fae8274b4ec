import ArgumentParser
import Foundation
import Testing

@testable import Companion

/// The whole-book commands `udl` is made of, run on the fixture chapter.
@Suite struct BookCommandTests {
    struct Root: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "udl",
            subcommands: [BookListCommand.self, BookFiguresCommand.self, BookCheckCommand.self, GalleryCommand.self])
    }

    func run(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
        let out = TextSink()
        let err = TextSink()
        let status = CommandRunner.run(
            Root.self, name: "udl", arguments: arguments,
            context: CommandContext(chapters: [Fixture.chapter], out: out, err: err))
        return (status, out.text, err.text)
    }

    @Test func anUnknownChapterIsAUsageError() {
        let result = run(["figures", "--chapters", "42"])
        #expect(result.status == 64)
        #expect(result.err == "udl: error: no chapter 42; chapters: 99\n")
    }

    @Test func figuresThenGalleryWriteEveryFileAndThePage() throws {
        let folder = NSTemporaryDirectory() + "udl-book-" + UUID().uuidString
        #expect(run(["figures", "--out", folder]).status == 0)
        let gallery = run(["gallery", "--out", folder])
        #expect(gallery.status == 0)
        #expect(gallery.err.isEmpty)
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder).sorted()
        #expect(files == ["ch99", "ch99/fig-99.1.png", "ch99/fig-99.1.svg", "index.html"])
    }

    @Test func theGalleryRefusesFiguresThatAreNotDrawnYet() {
        let folder = NSTemporaryDirectory() + "udl-gallery-" + UUID().uuidString
        let result = run(["gallery", "--out", folder])
        #expect(result.status == 73)
        #expect(
            result.err == "udl: error: 1 figure is not drawn in '\(folder)' (first: ch99/fig-99.1.png); "
                + "run 'udl figures --out \(folder)' first\n")
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func checkSummarisesEachChapterAndFailsWhenAnAnswerIsWrong() {
        let result = run(["check"])
        #expect(result.status == 1)
        #expect(result.out.contains("99       Fixture  0       1        1              2"))
        #expect(run(["check", "--reference"]).status == 0)
    }

    @Test func listShowsTheCounts() {
        let result = run(["list"])
        #expect(result.out.contains("ch99     99. Fixture  2      1        2"))
    }
}
