import ArgumentParser
import FileOutput
import Foundation
import Neural

/// The command line every chapter executable shares:
/// `chNN` (the narrated demo), `chNN demo NAME`, `chNN figures`, `chNN check`, `chNN list`.
public enum ChapterCommand {
    /// Entry point of `chNN`: parses the process arguments and exits.
    /// Exercise checks run in child processes, so that a trap in the reader's
    /// code fails one exercise instead of ending the command.
    public static func main(_ chapter: Chapter) -> Never {
        ProcessSetup.prepare()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let status = ExerciseRunner.runChildIfAsked(chapters: [chapter], arguments: arguments) { exit(status) }
        exit(run(chapter, arguments: arguments, runner: .isolatedInThisExecutable))
    }

    /// Runs with explicit arguments and sinks; returns the exit status.
    public static func run(
        _ chapter: Chapter, arguments: [String], out: TextSink = .standardOutput,
        err: TextSink = .standardError, runner: ExerciseRunner = .inProcess
    ) -> Int32 {
        CommandRunner.run(
            ChapterRoot.self, name: chapter.commandName, arguments: arguments,
            context: CommandContext(chapters: [chapter], out: out, err: err, runner: runner))
    }
}

struct ChapterRoot: ParsableCommand {
    static var configuration: CommandConfiguration {
        let chapter = CommandContext.current.chapters.first
        return CommandConfiguration(
            commandName: chapter?.commandName ?? "chNN",
            abstract: chapter.map { "Chapter \($0.number), \($0.title): demos, figures and exercise checks." } ?? "",
            subcommands: [DemoCommand.self, FiguresCommand.self, CheckCommand.self, ListCommand.self],
            defaultSubcommand: DemoCommand.self
        )
    }
}

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the narrated demo, or one named demo (see 'list').")

    @Argument(help: "A demo's name; without one, every demo runs in order.")
    var name: String?

    @Argument(
        parsing: .captureForPassthrough,
        help: "The demo's own options ('demo NAME --help' lists them).")
    var options: [String] = []

    func run() throws {
        let context = CommandContext.current
        let chapter = context.chapter
        let narrator = context.narrator
        if let name {
            guard let demo = chapter.demos.first(where: { $0.id == name }) else {
                throw CompanionError.usage(
                    "unknown demo or command '\(name)'; demos: "
                        + chapter.demos.map(\.id).joined(separator: ", ") + "; commands: demo, figures, check, list")
            }
            if options.contains("--help") || options.contains("-h") {
                context.out.write(Self.help(for: demo, command: chapter.commandName))
                return
            }
            try demo.run(narrator, arguments: DemoArguments.parse(options, options: demo.options, demo: demo.id))
            return
        }
        narrator.line("Chapter \(chapter.number): \(chapter.title)")
        narrator.say(chapter.summary)
        for demo in chapter.demos { try demo.run(narrator) }
        narrator.line()
        narrator.line(
            "Next: '\(chapter.commandName) figures' redraws the figures, '\(chapter.commandName) check' checks your exercises."
        )
    }
}

extension DemoCommand {
    /// A demo's usage line and options, for `demo NAME --help`.
    static func help(for demo: Demo, command: String) -> String {
        var text = "USAGE: \(command) demo \(demo.id)" + demo.options.map { " [\($0.usage)]" }.joined() + "\n\n"
        text += MarkupText.plain(demo.title) + "\n"
        if !demo.options.isEmpty {
            text += "\nOPTIONS:\n"
            let width = demo.options.map(\.usage.count).max()!
            for option in demo.options {
                text += "  " + option.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(option.help)\n"
            }
        }
        return text
    }
}

struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Redraw the chapter's figures as PNG/SVG/PDF into a folder per chapter, OUT/chNN/.")

    @Option(
        parsing: .upToNextOption, help: "Figure ids to draw, separated by spaces or commas (see 'list'; default: all).")
    var only: [String] = []

    @OptionGroup var options: FigureOptions

    func run() throws {
        let context = CommandContext.current
        let export = FigureExport(chapter: context.chapter, formats: options.formats, folder: options.out)
        let figures = try export.select(IDList.given(only, option: "--only", what: "figure ids"))
        try export.run(figures, progress: Progress("figures", total: figures.count, sink: context.err))
        context.out.write("wrote \(options.summary(figures: figures.count)) to \(export.chapterFolder)/\n")
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check your solutions in Exercises.swift (exit 1 if one fails).")

    @Argument(help: "Exercise ids, separated by spaces or commas (see 'list'; default: all).")
    var ids: [String] = []

    @Flag(help: "Run the checks on the reference solutions instead of yours.")
    var reference = false

    @OptionGroup var limit: CheckTimeLimit

    func run() throws {
        let context = CommandContext.current
        let solver: Solver = reference ? .reference : .reader
        let report = try CheckReport(
            chapter: context.chapter, ids: IDList.given(ids, option: "check", what: "exercise ids"),
            solver: solver, runner: context.runner.withTimeout(limit.timeout))
        report.print(to: context.narrator, solver: solver)
        if !report.passed { throw ExitCode.failure }
    }
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the chapter's demos, figures and exercises.")

    func run() throws {
        let context = CommandContext.current
        ChapterListing(chapter: context.chapter).print(to: context.narrator)
    }
}
