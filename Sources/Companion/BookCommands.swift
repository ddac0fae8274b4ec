import ArgumentParser
import FileOutput
import Foundation

/// `udl figures`: every chapter's figures (or some chapters') in one run.
public struct BookFiguresCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Redraw the figures of every chapter into OUT/chNN/.")

    @Option(parsing: .upToNextOption, help: "Chapter numbers to draw, such as 3 5 or 3,5 (default: all).")
    var chapters: [String] = []

    @OptionGroup var options: FigureOptions

    public init() {}

    public func run() throws {
        let context = CommandContext.current
        let formats = options.formats
        let selected = try BookSelection.chapters(
            IDList.given(chapters, option: "--chapters", what: "chapter numbers"),
            from: context.chapters)
        // Every folder is checked before the first figure, so a bad --out fails before any progress.
        let exports = selected.map { FigureExport(chapter: $0, formats: formats, folder: options.out) }
        for export in exports { try AtomicFile.prepareFolder(export.chapterFolder) }
        let total = selected.reduce(0) { $0 + $1.figures.count }
        let progress = Progress("figures", total: total, sink: context.err)
        var done = 0
        for export in exports {
            for figure in export.chapter.figures {
                progress.update(done, figure.id)
                try export.run([figure])
                done += 1
            }
        }
        progress.update(total, "done")
        context.out.write("wrote \(options.summary(figures: done)) to \(options.out)/\n")
    }
}

/// `udl check`: progress across the book, one summary line per chapter.
public struct BookCheckCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check your exercise solutions in every chapter (exit 1 if one fails).")

    @Flag(help: "Run the checks on the reference solutions instead of yours.")
    var reference = false

    @Flag(help: "Print every exercise, not just the per-chapter summary.")
    var verbose = false

    @OptionGroup var limit: CheckTimeLimit

    public init() {}

    public func run() throws {
        let context = CommandContext.current
        let narrator = context.narrator
        var rows: [[String]] = []
        var allPassed = true
        if reference && !verbose { narrator.line("Checking the reference solutions (not yours):") }
        for chapter in context.chapters {
            let report = try CheckReport(
                chapter: chapter, ids: [], solver: reference ? .reference : .reader,
                runner: context.runner.withTimeout(limit.timeout))
            if verbose { report.print(to: narrator, solver: reference ? .reference : .reader) }
            allPassed = allPassed && report.passed
            rows.append([
                "\(chapter.number)", chapter.title, "\(report.count(.solved))", "\(report.count(.failing))",
                "\(report.count(.notAttempted))", "\(report.rows.count)",
            ])
        }
        narrator.table(["chapter", "title", "solved", "failing", "not attempted", "total"], rows)
        if !allPassed { throw ExitCode.failure }
    }
}

/// `udl gallery`: writes `OUT/index.html` linking every figure.
public struct GalleryCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "gallery",
        abstract: "Write the figure gallery page OUT/index.html.")

    @Option(help: "The figures folder.")
    var out: String = "figures"

    public init() {}

    public func validate() throws {
        guard !out.isEmpty else { throw ValidationError("--out must name a folder, not be empty") }
    }

    /// Refuses to write a page of broken images: every figure must be drawn first.
    public func run() throws {
        let context = CommandContext.current
        let missing = context.chapters.flatMap { chapter in
            chapter.figures.filter {
                !FileManager.default.fileExists(atPath: "\(out)/\(chapter.commandName)/\($0.fileName(.png))")
            }
            .map { "\(chapter.commandName)/\($0.fileName(.png))" }
        }
        if let first = missing.first {
            throw CompanionError.cannotCreate(
                "\(missing.count) figure\(missing.count == 1 ? " is" : "s are") not drawn in "
                    + "'\(out)' (first: \(first)); run 'udl figures --out \(out)' first")
        }
        try AtomicFile.prepareFolder(out)
        try AtomicFile.write(Gallery(chapters: context.chapters).html(figuresIn: out), to: out + "/index.html")
        context.out.write("wrote \(out)/index.html\n")
    }
}

/// `udl list`: the chapters, with how many demos, figures and exercises each has.
public struct BookListCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the chapters and what each offers.")

    public init() {}

    public func run() throws {
        let context = CommandContext.current
        context.narrator.table(
            ["command", "chapter", "demos", "figures", "exercises"],
            context.chapters.map {
                [
                    $0.commandName, "\($0.number). \($0.title)", "\($0.demos.count)", "\($0.figures.count)",
                    "\($0.exercises.count)",
                ]
            })
    }
}

/// Picks chapters by number; an unknown number is a usage error.
enum BookSelection {
    static func chapters(_ numbers: [String], from all: [Chapter]) throws -> [Chapter] {
        guard !numbers.isEmpty else { return all }
        return try numbers.map { number in
            guard let chapter = all.first(where: { "\($0.number)" == number || $0.twoDigits == number }) else {
                throw CompanionError.usage(
                    "no chapter \(number); chapters: " + all.map { "\($0.number)" }.joined(separator: ", "))
            }
            return chapter
        }
    }
}
