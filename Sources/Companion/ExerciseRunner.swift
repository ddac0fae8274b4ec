import FileOutput
import Foundation

/// How exercise checks are run.
///
/// A reader's answer can trap (an index out of range, a forced unwrap of nil),
/// and Swift cannot catch a trap: in-process it would end the whole `check` and
/// lose every other result. The command-line tools therefore run the checks of
/// a chapter in a child process of their own executable, read the outcomes as
/// they come, and when the child dies report the exercise it was on as failing
/// with the runtime's message, then carry on with the rest in a new child. An
/// exercise that gives no answer within the time limit (a loop that never ends)
/// is reported as such and its child killed; a child never outlives its parent.
public enum ExerciseRunner: Sendable {
    /// Checks run in this process (the tests, which cannot re-run themselves).
    case inProcess
    /// Checks run in child processes of the executable at this path, each exercise
    /// given at most `timeout` seconds.
    case isolated(executable: String, timeout: Double)

    /// The time an exercise may take before it counts as giving no answer: generous
    /// for a debug build on a busy machine.
    public static let defaultTimeout = 30.0
    /// The longest time limit `--timeout` accepts (one day).
    public static let maximumTimeout = 86_400.0

    /// The argument that turns an executable into a check-running child.
    static let childCommand = "__run-checks"
    /// Marks the child's result lines on its standard output.
    static let marker = "\u{1E}udl-result\t"
    /// The environment variable that gives a child its parent's process id.
    static let parentVariable = "UDL_CHECK_PARENT"
    /// For the tests of the time limit: the id of an exercise that the child then never
    /// finishes, as a reader's endless loop would.
    static let stallVariable = "UDL_CHECK_STALL"

    /// The runner for the current executable.
    public static var isolatedInThisExecutable: ExerciseRunner {
        .isolated(executable: Bundle.main.executablePath ?? CommandLine.arguments[0], timeout: defaultTimeout)
    }

    /// The same runner with another time limit per exercise.
    func withTimeout(_ seconds: Double) -> ExerciseRunner {
        switch self {
        case .inProcess: .inProcess
        case .isolated(let executable, _): .isolated(executable: executable, timeout: seconds)
        }
    }

    /// Runs the checks of `exercises` (all from `chapter`) with `solver`.
    func run(_ exercises: [Exercise], of chapter: Chapter, solver: Solver) -> [Outcome] {
        switch self {
        case .inProcess:
            return exercises.map { $0.run(solver) }
        case .isolated(let executable, let timeout):
            var outcomes: [String: Outcome] = [:]
            var remaining = exercises
            while !remaining.isEmpty {
                let child = ChildRun(
                    executable: executable, chapter: chapter, exercises: remaining, solver: solver,
                    timeout: timeout)
                outcomes.merge(child.results) { first, _ in first }
                remaining.removeAll { outcomes[$0.id] != nil }
                if let crashed = remaining.first {
                    outcomes[crashed.id] = .failing(child.crashMessage(for: crashed))
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
            let chapter = chapters.first(where: { "\($0.number)" == arguments[1] })
        else { return nil }
        if let parent = ProcessInfo.processInfo.environment[parentVariable].flatMap(Int32.init) {
            Interruption.endWithParent(parent)
        }
        let solver: Solver = arguments[2] == "reference" ? .reference : .reader
        let stall = ProcessInfo.processInfo.environment[stallVariable]
        for id in arguments.dropFirst(3) {
            guard let exercise = chapter.exercises.first(where: { $0.id == id }) else { continue }
            while id == stall { sleep(1) }
            let outcome = exercise.run(solver)
            fflush(nil)  // what the reader's code printed comes before the result
            TextSink.standardOutput.write(marker + id + "\t" + ChildRun.encode(outcome) + "\n")
        }
        return 0
    }
}

/// One child process running checks, and what it reported before it ended.
struct ChildRun {
    var results: [String: Outcome] = [:]
    /// Why the child ended without a crash report: it could not start, or an exercise gave
    /// no answer in time.
    private var failure: String? = nil
    /// What the child wrote on standard error (the runtime's report when it crashed).
    private var standardError = ""

    /// Why the child ended while checking `exercise`.
    func crashMessage(for exercise: Exercise) -> String {
        failure ?? Self.crashMessage(fromStandardError: standardError, function: exercise.function)
    }

    init(executable: String, chapter: Chapter, exercises: [Exercise], solver: Solver, timeout: Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments =
            [ExerciseRunner.childCommand, "\(chapter.number)", solver == .reference ? "reference" : "reader"]
            + exercises.map(\.id)
        var environment = ProcessInfo.processInfo.environment
        environment[ExerciseRunner.parentVariable] = "\(getpid())"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        let errorFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("udl-check-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        process.standardError = try? FileHandle(forWritingTo: errorFile)
        do {
            try Interruption.run(process)
        } catch {
            failure = "could not start \(executable): \(error.localizedDescription)"
            return
        }
        defer { Interruption.forget(process) }
        let reader = ResultReader(output.fileHandleForReading)
        while let line = reader.nextLine(within: timeout) {
            if line.hasPrefix(ExerciseRunner.marker) {
                let fields = line.dropFirst(ExerciseRunner.marker.count).split(
                    separator: "\t", maxSplits: 2,
                    omittingEmptySubsequences: false)
                if fields.count == 3 { results[String(fields[0])] = Self.decode(String(fields[1]), String(fields[2])) }
            } else if !line.isEmpty {
                // What the reader's own code printed goes through unchanged.
                TextSink.standardOutput.write(line + "\n")
            }
        }
        if reader.timedOut {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            failure =
                "gave no answer within \(Self.seconds(timeout)) (a loop that never ends?); "
                + "'--timeout' changes the limit"
            return
        }
        process.waitUntilExit()
        standardError = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
    }

    /// "30 s", "2.5 s".
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    /// The runtime's reason and, when the backtrace names it, the function and line of the
    /// reader's code: "crashed (Fatal error: Index out of range) in closedFormFit(x:y:) at
    /// Exercises.swift:20".
    ///
    /// A debug build states the reason. A release build only traps (signal 4), so the reason
    /// is read from the trapping standard-library call the backtrace shows inlined on top
    /// ("Index out of range" for an array subscript), and where the reader's function was
    /// inlined into a compiler-made thunk its name is the exercise's `function`.
    static func crashMessage(fromStandardError text: String, function: String) -> String {
        let lines = text.split(separator: "\n").map(String.init)
        let signal = lines.lazy.compactMap { $0.firstMatch(of: /Program crashed: (.+?) at 0x/) }.first.map {
            String($0.output.1)
        }
        let trap = lines.lazy.compactMap { $0.firstMatch(of: #/^\s*0 \[inlined\] \[system\]\s+0x[0-9a-f]+ (.+?) in /#) }
            .first
            .flatMap { releaseTrapReasons(String($0.output.1)) }
        let reason =
            lines.first(where: { $0.contains("Fatal error") })
            .map { String($0[$0.range(of: "Fatal error")!.lowerBound...]) }
            ?? [trap, signal].compactMap { $0 }.joined(separator: ", ")
        var message = "crashed" + (reason.isEmpty ? "" : " (\(reason))")
        let frame = /0x[0-9a-f]+ (.+?) \+ \d+ in .+ at .*\/(Exercises\.swift:\d+)/
        if let match = lines.lazy.compactMap({ $0.firstMatch(of: frame) }).first {
            let name = String(match.output.1)
            let compilerMade = ["thunk", "closure #", "partial apply", "specialized"].contains { name.contains($0) }
            message += " in \(compilerMade ? function : name) at \(match.output.2)"
        }
        return message
    }

    /// The reason behind a release-build trap in a standard-library call, by the call's name.
    static func releaseTrapReasons(_ call: String) -> String? {
        if call.contains("Array.subscript") || call.contains("ArraySlice.subscript") { return "Index out of range" }
        if call.contains("Optional") { return "Unexpectedly found nil while unwrapping an Optional value" }
        if call.contains("Range.init") { return "Range requires lowerBound <= upperBound" }
        return nil
    }

    static func encode(_ outcome: Outcome) -> String {
        switch outcome {
        case .solved: "solved\t"
        case .notAttempted: "notAttempted\t"
        case .failing(let message):
            "failing\t"
                + message.replacingOccurrences(of: "\n", with: " ")
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

/// Reads a child's standard output line by line on a thread of its own, so the
/// parent can wait for the next line with a time limit.
final class ResultReader: @unchecked Sendable {
    private let condition = NSCondition()
    private var lines: [String] = []
    private var ended = false
    private(set) var timedOut = false

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            var pending = Data()
            while true {
                let chunk = handle.availableData
                condition.lock()
                if chunk.isEmpty {
                    if !pending.isEmpty { lines.append(String(decoding: pending, as: UTF8.self)) }
                    ended = true
                } else {
                    pending.append(chunk)
                    while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                        lines.append(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
                        pending = Data(pending[(newline + 1)...])
                    }
                }
                condition.broadcast()
                condition.unlock()
                if chunk.isEmpty { return }
            }
        }
    }

    /// The next line, or nil at the end of the output or when none came within
    /// `seconds` (then `timedOut` is true).
    func nextLine(within seconds: Double) -> String? {
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        defer { condition.unlock() }
        while lines.isEmpty && !ended {
            if !condition.wait(until: deadline) && lines.isEmpty && !ended {
                timedOut = true
                return nil
            }
        }
        return lines.isEmpty ? nil : lines.removeFirst()
    }
}
