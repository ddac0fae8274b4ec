import Companion
import Foundation
import Testing

/// Demos' own options, parsed by Companion for every chapter.
@Suite struct DemoOptionTests {
    @Test func optionsReachTheDemo() {
        let result = Fixture.run([
            "demo", "sweep", "--widths", "2,40,400", "--resume", "--rate", "0.05", "--data", "/d",
        ])
        #expect(result.status == 0)
        #expect(result.out.contains("widths [2, 40, 400]\nrate 0.05\ndata /d\nresume true\n"))
    }

    @Test func absentOptionsAreAbsent() {
        let result = Fixture.run(["demo", "sweep"])
        #expect(result.out.contains("widths []\nrate 0.1\ndata none\nresume false\n"))
    }

    @Test(arguments: [
        (["--depth", "3"], "unknown option '--depth'; its options: --widths <n,n,…>, --rate <number>"),
        (["--widths"], "--widths needs a value: --widths <n,n,…>"),
        (["--widths", "2,x"], "--widths takes whole numbers from 1 to 1000, separated by commas, got '2,x'"),
        (["--widths", "2,5000"], "--widths takes whole numbers from 1 to 1000"),
        (["--rate", "nan"], "--rate takes a number from 0.0001 to 1.0, got 'nan'"),
        (["--rate", "--resume"], "--rate needs a value"),
    ])
    func badOptionsAreOneUsageLine(words: [String], message: String) {
        let result = Fixture.run(["demo", "sweep"] + words)
        #expect(result.status == 64)
        #expect(result.err.hasPrefix("ch99: error: demo 'sweep': "))
        #expect(result.err.contains(message), "\(result.err)")
        #expect(result.err.split(separator: "\n").count == 1)
    }

    /// A file or folder a demo would write at the end of a long run is checked before it starts.
    @Test(arguments: [
        (["--save", "/no-such-folder/run.csv"], "--save: cannot write '/no-such-folder/run.csv': there is no folder"),
        (["--save", "/tmp"], "--save: '/tmp' is a folder; give the name of a file to write"),
    ])
    func anOutputThatCannotBeWrittenIsRefusedFirst(words: [String], message: String) {
        let result = Fixture.run(["demo", "sweep"] + words)
        #expect(result.status == 64)
        #expect(result.out.isEmpty, "the demo must not start: \(result.out)")
        #expect(result.err.contains(message), "\(result.err)")
        #expect(result.err.split(separator: "\n").count == 1)
    }

    @Test func aFileInTheWayOfAnOutputFolderIsRefusedFirst() throws {
        let file = FileManager.default.temporaryDirectory.path + "/demo-option-file-\(getpid())"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        for (folder, message) in [
            (file, "--into: '\(file)' is a file, not a folder"),
            (file + "/results", "--into: cannot create folder '\(file)/results': '\(file)' is a file in the way"),
        ] {
            let result = Fixture.run(["demo", "sweep", "--into", folder])
            #expect(result.status == 64)
            #expect(result.out.isEmpty)
            #expect(result.err.contains(message), "\(result.err)")
        }
    }

    @Test func anOutputThatCanBeWrittenReachesTheDemo() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/demo-option-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = Fixture.run(["demo", "sweep", "--save", "/tmp/run.csv", "--into", folder + "/new/results"])
        #expect(result.status == 0, "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: folder), "checking must not create the folder")
    }

    @Test func aDemoWithoutOptionsRefusesOne() {
        let result = Fixture.run(["demo", "hello", "--fast"])
        #expect(result.status == 64)
        #expect(result.err.contains("unknown option '--fast'; it takes no options"))
    }

    @Test func helpListsTheDemosOptions() {
        let result = Fixture.run(["demo", "sweep", "--help"])
        #expect(result.status == 0)
        #expect(
            result.out.hasPrefix(
                "USAGE: ch99 demo sweep [--widths <n,n,…>] [--rate <number>] [--data <text>] [--resume] [--save <file>]"
            ))
        #expect(result.out.contains("  --resume          Carry on where the last run stopped.\n"))
    }

    @Test func listShowsTheOptions() {
        let result = Fixture.run(["list"])
        #expect(result.out.contains("sweep  A sweep with options  --widths --rate --data --resume --save --into"))
    }
}
