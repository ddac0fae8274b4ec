import Foundation

/// The project's executables (`udl`, `chNN`), built next to the test bundle, run as real
/// processes.
enum Executables {
    static let folder = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
        .deletingLastPathComponent()

    static func url(_ program: String) -> URL { folder.appendingPathComponent(program) }

    struct Run {
        let status: Int32
        let out: String
        let err: String
    }

    /// Runs `program` with `arguments` and extra `environment`; `output` replaces the pipe
    /// that collects standard output.
    static func run(
        _ program: String, _ arguments: [String], environment: [String: String] = [:],
        output: FileHandle? = nil
    ) throws -> Run {
        let process = Process()
        process.executableURL = url(program)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = output ?? out
        process.standardError = err
        try process.run()
        let printed = output == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, out: String(decoding: printed, as: UTF8.self),
            err: String(decoding: errors, as: UTF8.self))
    }

    /// Starts `program`, sends it SIGINT (as Ctrl-C does) after `seconds`, and returns its
    /// exit status.
    static func interrupt(_ program: String, _ arguments: [String], after seconds: Double) throws -> Int32 {
        let process = Process()
        process.executableURL = url(program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(UInt32(seconds * 1_000_000))
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        return process.terminationStatus
    }
}
