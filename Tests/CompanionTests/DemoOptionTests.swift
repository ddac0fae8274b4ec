import Companion
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
                "USAGE: ch99 demo sweep [--widths <n,n,…>] [--rate <number>] [--data <text>] [--resume]"))
        #expect(result.out.contains("  --resume          Carry on where the last run stopped.\n"))
    }

    @Test func listShowsTheOptions() {
        let result = Fixture.run(["list"])
        #expect(result.out.contains("sweep  A sweep with options  --widths --rate --data --resume"))
    }
}
