import Foundation

/// How exercise checks are run.
///
/// A reader's answer can trap (an index out of range, a forced unwrap of nil),
/// and Swift cannot catch a trap: in-process it would end the whole `check` and
/// lose every other result. The command-line tools therefore run the checks of
/// a chapter in a child process of their own executable, read the outcomes as
/// they come, and when the child dies report the exercise it was on as failing
/// with the runtime's message, then carry on with the rest in a new child.
public enum ExerciseRunner: Sendable {
    /// Checks run in this process (the tests, which cannot re-run themselves).
    case inProcess
    /// Checks run in child processes of the executable at this path.
    case isolated(executable: String)

    /// The argument that turns an executable into a check-running child.
    static let childCommand = "__run-checks"
    /// Marks the child's result lines on its standard output.
    static let marker = "\u{1E}udl-result\t"

    /// The runner for the current executable.
    public static var isolatedInThisExecutable: ExerciseRunner {
        .isolated(executable: Bundle.main.executablePath ?? CommandLine.arguments[0])
    }

    /// Runs the checks of `exercises` (all from `chapter`) with `solver`.
    func run(_ exercises: [Exercise], of chapter: Chapter, solver: Solver) -> [Outcome] {
        switch self {
        case .inProcess:
            return exercises.map { $0.run(solver) }
        case .isolated(let executable):
            var outcomes: [String: Outcome] = [:]
            var remaining = exercises
            while !remaining.isEmpty {
                let child = ChildRun(executable: executable, chapter: chapter, exercises: remaining, solver: solver)
                outcomes.merge(child.results) { first, _ in first }
                remaining.removeAll { outcomes[$0.id] != nil }
                if let crashed = remaining.first {
                    outcomes[crashed.id] = .failing(child.crashMessage)
                    remaining.removeFirst()
                }
            }
            return exercises.map { outcomes[$0.id]! }
        }
    }

    /// The child's side: if the process was started as a check-running child,
    /// runs the checks named in its arguments, writes one marked line per result
    /// and returns the exit status; otherwise returns nil.
    public static func runChildIfAsked(chapters: [Chapter], arguments: [String]) -> Int32? {
        guard arguments.first == childCommand, arguments.count >= 3,
              let chapter = chapters.first(where: { "\($0.number)" == arguments[1] }) else { return nil }
        let solver: Solver = arguments[2] == "reference" ? .reference : .reader
        for id in arguments.dropFirst(3) {
            guard let exercise = chapter.exercises.first(where: { $0.id == id }) else { continue }
            let outcome = exercise.run(solver)
            fflush(nil)  // what the reader's code printed comes before the result
            FileHandle.standardOutput.write(Data((marker + id + "\t" + ChildRun.encode(outcome) + "\n").utf8))
        }
        return 0
    }
}

/// One child process running checks, and what it reported before it ended.
struct ChildRun {
    var results: [String: Outcome] = [:]
    var crashMessage = "crashed"

    init(executable: String, chapter: Chapter, exercises: [Exercise], solver: Solver) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [ExerciseRunner.childCommand, "\(chapter.number)", solver == .reference ? "reference" : "reader"]
            + exercises.map(\.id)
        let output = Pipe()
        process.standardOutput = output
        let errorFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("udl-check-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        process.standardError = try? FileHandle(forWritingTo: errorFile)
        do {
            try process.run()
        } catch {
            crashMessage = "could not start \(executable): \(error.localizedDescription)"
            return
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(ExerciseRunner.marker) {
                let fields = line.dropFirst(ExerciseRunner.marker.count).split(separator: "\t", maxSplits: 2,
                                                                                 omittingEmptySubsequences: false)
                if fields.count == 3 { results[String(fields[0])] = Self.decode(String(fields[1]), String(fields[2])) }
            } else if !line.isEmpty {
                // What the reader's own code printed goes through unchanged.
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        }
        crashMessage = Self.crashMessage(fromStandardError: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
    }

    /// The runtime's reason ("Fatal error: Index out of range" in a debug build,
    /// "Illegal instruction" in a release build) and, when the backtrace names
    /// it, the function and line of the reader's code: "crashed (Fatal error:
    /// Index out of range) in closedFormFit(x:y:) at Exercises.swift:20".
    static func crashMessage(fromStandardError text: String) -> String {
        let lines = text.split(separator: "\n").map(String.init)
        // Debug builds state the reason; release builds only trap (signal 4) or crash.
        let reason = lines.first(where: { $0.contains("Fatal error") })
            .map { String($0[$0.range(of: "Fatal error")!.lowerBound...]) }
            ?? lines.lazy.compactMap { $0.firstMatch(of: /Program crashed: (.+?) at 0x/) }.first.map { String($0.output.1) }
        var message = "crashed" + (reason.map { " (\($0))" } ?? "")
        let frame = /0x[0-9a-f]+ (.+?) \+ \d+ in .+ at .*\/(Exercises\.swift:\d+)/
        if let match = lines.lazy.compactMap({ $0.firstMatch(of: frame) }).first {
            message += " in \(match.output.1) at \(match.output.2)"
        }
        return message.trimmingCharacters(in: .whitespaces)
    }

    static func encode(_ outcome: Outcome) -> String {
        switch outcome {
        case .solved: "solved\t"
        case .notAttempted: "notAttempted\t"
        case .failing(let message): "failing\t" + message.replacingOccurrences(of: "\n", with: " ")
                .replacingOccurrences(of: "\t", with: " ")
        }
    }

    static func decode(_ label: String, _ message: String) -> Outcome {
        switch label {
        case "solved": .solved
        case "notAttempted": .notAttempted
        default: .failing(message)
        }
    }
}
