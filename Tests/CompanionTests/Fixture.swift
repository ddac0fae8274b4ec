import Companion
import Plot

/// A tiny chapter for exercising the command line without a real chapter.
enum Fixture {
    typealias Square = @Sendable (Double) throws -> Double

    static func square(_ x: Double) throws -> Double { throw NotYetSolved() }

    static let chapter = Chapter(
        number: 99, title: "Fixture", summary: "A chapter used by the tests.",
        demos: [
            Demo(id: "hello", title: "Hello") { $0.line("hello from the fixture") },
            Demo(
                id: "sweep", title: "A sweep with options",
                options: [
                    .integers("widths", in: 1...1000, help: "Hidden units of each network."),
                    .number("rate", in: 0.0001...1, help: "The learning rate."),
                    .text("data", help: "A folder of data."),
                    .flag("resume", help: "Carry on where the last run stopped."),
                    .outputFile("save", help: "Write the results to this file."),
                    .outputFolder("into", help: "Write the results into this folder."),
                ]
            ) { narrator, arguments in
                narrator.line("widths \(arguments.integers("widths") ?? [])")
                narrator.line("rate \(arguments.number("rate") ?? 0.1)")
                narrator.line("data \(arguments.text("data") ?? "none")")
                narrator.line("resume \(arguments.flag("resume"))")
            },
        ],
        figures: [BookFigure(id: "99.1", caption: "An empty figure <for> tests & such.") { Figure() }],
        exercises: [
            Exercise(
                id: "99.1", title: "Squares", source: "Problem 99.1", function: "square",
                reader: square as Square, reference: { $0 * $0 } as Square,
                wrong: [{ 2 * $0 } as Square], check: checkSquare),
            Exercise(
                id: "99.2", title: "Squares again", source: "Problem 99.2", function: "square",
                reader: { 2 * $0 } as Square, reference: { $0 * $0 } as Square,
                wrong: [{ $0 + 1 } as Square], check: checkSquare),
        ]
    )

    @Sendable static func checkSquare(_ answer: Square) throws {
        for x in [0.0, 1.5, -3.0] {
            try expectClose(try answer(x), x * x, "the square of \(x)")
        }
    }

    /// Runs the fixture's `ch99` with arguments; returns status, stdout and stderr.
    static func run(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
        let out = TextSink()
        let err = TextSink()
        let status = ChapterCommand.run(chapter, arguments: arguments, out: out, err: err)
        return (status, out.text, err.text)
    }
}
