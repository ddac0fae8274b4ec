import FileOutput
import Foundation

/// The committed record of a long run (a sweep, a search), which a figure or a demo shows without
/// redoing the work: `#` lines that name the setup, the command that made the file and the date,
/// then a CSV header and one row per result.
///
///     # double descent, notebook 8.3: …, seed 0
///     # command: swift run -c release ch08 demo double-descent --run --save …
///     # date: 2026-11-30
///     width,parameters,train_error,…
///     2,118,0.71,…
public struct ResultsFile: Equatable, Sendable {
    /// Every setting that decides the numbers; a run only resumes a file with the same setup.
    public var setup: String
    public var command: String
    public var date: String
    public var columns: [String]
    public var rows: [[String]]

    public init(setup: String, command: String, date: String = ResultsFile.today(), columns: [String], rows: [[String]])
    {
        self.setup = setup
        self.command = command
        self.date = date
        self.columns = columns
        self.rows = rows
    }

    /// The file in `text`, or `nil` when it is not one (or a row has the wrong number of fields).
    public init?(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        func comment(_ index: Int, _ prefix: String) -> String? {
            guard index < lines.count, lines[index].hasPrefix("# " + prefix) else { return nil }
            return String(lines[index].dropFirst(2 + prefix.count))
        }
        guard let setup = comment(0, ""), let command = comment(1, "command: "), let date = comment(2, "date: "),
            lines.count > 3
        else { return nil }
        let columns = lines[3].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let rows = lines.dropFirst(4).map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        guard rows.allSatisfy({ $0.count == columns.count }) else { return nil }
        self.init(setup: setup, command: command, date: date, columns: columns, rows: rows)
    }

    public var text: String {
        (["# \(setup)", "# command: \(command)", "# date: \(date)", columns.joined(separator: ",")]
            + rows.map { $0.joined(separator: ",") }).joined(separator: "\n") + "\n"
    }

    /// Reads `path`: `nil` when nothing is there, a usage error when it holds something else.
    public static func read(_ path: String) throws -> ResultsFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let file = ResultsFile(text: text) else {
            throw CompanionError.usage("\(path) exists and is not a results file; choose another --save")
        }
        return file
    }

    /// Writes the file atomically: a reader never sees half of it.
    public func write(to path: String) throws {
        try AtomicFile.write(text, to: path)
    }

    /// A committed file in a chapter's resources, e.g. `ResultsFile.committed("figure-9.5", in: .module)`;
    /// a missing or unreadable one is a packaging error.
    public static func committed(_ name: String, in bundle: Bundle) -> ResultsFile {
        guard let url = bundle.url(forResource: name, withExtension: "csv", subdirectory: "Results"),
            let text = try? String(contentsOf: url, encoding: .utf8), let file = ResultsFile(text: text)
        else { preconditionFailure("Results/\(name).csv is missing from the chapter's resources or unreadable") }
        return file
    }

    /// Today's date in UTC, `yyyy-MM-dd`.
    public static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
