import Foundation
import Testing

@testable import Companion

/// The error paths every chapter executable shares: one line on standard error,
/// sysexits status codes, and no files left behind.
@Suite struct CommandLineTests {
    func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "udl-cli-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func files(under path: String) -> [String] {
        (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func unknownFigureNamesTheKnownOnesAndExits64() {
        let result = Fixture.run(["figures", "--only", "1.1"])
        #expect(result.status == 64)
        #expect(result.err == "ch99: error: unknown figure '1.1' in chapter 99; known figures: 99.1\n")
    }

    @Test func unknownFlagIsOneLineAndExits64() {
        let result = Fixture.run(["figures", "--colour", "red"])
        #expect(result.status == 64)
        #expect(result.err == "ch99: error: unknown option '--colour' (see 'ch99 figures --help')\n")
    }

    @Test func unknownDemoAndExerciseAreUsageErrors() {
        let demo = Fixture.run(["demo", "nope"])
        #expect(demo.status == 64)
        #expect(
            demo.err
                == "ch99: error: unknown demo or command 'nope'; demos: hello, sweep; commands: demo, figures, check, list\n"
        )
        let check = Fixture.run(["check", "7.7"])
        #expect(check.status == 64)
        #expect(check.err.contains("known exercises: 99.1, 99.2"))
    }

    @Test func idListsTakeCommasOrSpaces() {
        let folder = temporaryFolder()
        #expect(Fixture.run(["figures", "--only", "99.1,99.1", "--format", "svg", "--out", folder]).status == 0)
        let check = Fixture.run(["check", "99.1,99.2"])
        #expect(check.out.contains("of 2 in chapter 99"))
    }

    @Test func badFormatIsAUsageError() {
        let result = Fixture.run(["figures", "--format", "png,gif"])
        #expect(result.status == 64)
        #expect(result.err.contains("unknown format 'gif'"))
    }

    @Test func aFileInTheWayExits73AndWritesNothing() throws {
        let folder = temporaryFolder()
        let blocker = folder + "/blocker"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let result = Fixture.run(["figures", "--out", blocker + "/deeper"])
        #expect(result.status == 73)
        #expect(result.err.split(separator: "\n").count == 1)
        #expect(result.err.contains("is a file in the way"))
        #expect(files(under: folder) == ["blocker"])
    }

    @Test func figuresAreWrittenWithNoTemporaryFilesLeft() {
        let folder = temporaryFolder()
        let result = Fixture.run(["figures", "--out", folder, "--format", "svg,png"])
        #expect(result.status == 0)
        #expect(files(under: folder) == ["ch99", "ch99/fig-99.1.png", "ch99/fig-99.1.svg"])
    }

    @Test func helpGoesToStandardOutputWithStatus0() {
        let result = Fixture.run(["--help"])
        #expect(result.status == 0)
        #expect(result.out.contains("USAGE: ch99"))
        #expect(result.err.isEmpty)
    }

    @Test func theDefaultCommandRunsEveryDemo() {
        let result = Fixture.run([])
        #expect(result.status == 0)
        #expect(result.out.contains("hello from the fixture"))
    }

    @Test func checkReportsEachStateAndFailsOnAWrongAnswer() {
        let result = Fixture.run(["check"])
        #expect(result.status == 1)
        #expect(result.out.contains("not attempted"))
        #expect(result.out.contains("\n      the square of 1.5: expected 2.25, got 3 (difference 0.75)\n"))
        #expect(result.out.contains("0 solved, 1 failing, 1 not attempted of 2"))
        let reference = Fixture.run(["check", "--reference"])
        #expect(reference.status == 0)
        #expect(reference.out.contains("2 solved, 0 failing, 0 not attempted of 2"))
    }
}
