import Foundation
import Testing

/// Bad input and hostile surroundings, run against the real executables: each gives one line
/// on standard error, a non-zero status and no file or process left behind.
@Suite struct BadInputTests {
    static func temporaryFolder() -> String { NSTemporaryDirectory() + "udl-bad-" + UUID().uuidString }

    /// Arguments (with OUT standing for a fresh folder that must stay absent), the status and
    /// words the one line on standard error must hold.
    static let cases: [(program: String, arguments: [String], status: Int32, says: String)] = [
        ("ch02", ["figures", "--out", ""], 64, "--out must name a folder"),
        ("udl", ["figures", "--out", ""], 64, "--out must name a folder"),
        ("udl", ["gallery", "--out", ""], 64, "--out must name a folder"),
        ("ch02", ["figures", "--only", "", "--out", "OUT"], 64, "--only was given no figure ids"),
        ("ch02", ["figures", "--only", ",", "--out", "OUT"], 64, "--only was given no figure ids"),
        ("ch02", ["figures", "--only", "9.9", "--out", "OUT"], 64, "unknown figure '9.9'"),
        ("ch02", ["figures", "--format", "gif", "--out", "OUT"], 64, "unknown format 'gif'"),
        ("ch02", ["check", ""], 64, "check was given no exercise ids"),
        ("ch02", ["check", "--timeout", "0"], 64, "--timeout must be"),
        ("ch02", ["check", "--timeout", "nan"], 64, "--timeout must be"),
        ("ch04", ["help", "nosuch"], 64, "no command 'nosuch'"),
        ("udl", ["gallery", "--out", "OUT"], 73, "not drawn in"),
        ("udl", ["dataset", "mnist1d", "--train-split", "nan", "--out", "OUT"], 64, "--train-split must be"),
        ("udl", ["dataset", "mnist1d", "--train-split", "inf", "--out", "OUT"], 64, "--train-split must be"),
        ("udl", ["dataset", "mnist1d", "--train-split", "1e309", "--out", "OUT"], 64, "--train-split must be"),
        (
            "udl", ["dataset", "mnist1d", "--train-split", "9223372036854775807", "--out", "OUT"], 64,
            "--train-split must be"
        ),
        ("udl", ["dataset", "mnist1d", "--train-split", "-0.1", "--out", "OUT"], 64, "got -0.1"),
        (
            "udl", ["dataset", "mnist1d", "--samples", "-5", "--out", "OUT"], 64,
            "got -5 (see 'udl dataset mnist1d --help')"
        ),
        ("udl", ["dataset", "mnist1d", "--samples", "99999990", "--out", "OUT"], 64, "from 10 to 100000"),
        ("udl", ["dataset", "mnist1d", "--samples", "9000000000000000000", "--out", "OUT"], 64, "from 10 to 100000"),
        ("udl", ["dataset", "mnist1d", "--seed", "-1", "--out", "OUT"], 64, "'-1' is invalid for '--seed"),
        ("udl", ["bench", "--threads", "2147483648"], 64, "--threads must be from 1 to 256"),
        ("udl", ["bench", "--workers", "9223372036854775807"], 64, "--workers must be from 1 to 256"),
        ("udl", ["bench", "--sizes", "9223372036854775807"], 64, "--sizes must be from 1 to 4096"),
        ("udl", ["bench", "--sizes", "100000"], 64, "--sizes must be from 1 to 4096"),
        ("udl", ["bench", "--runs", "2147483648"], 64, "--runs must be from 1 to 100"),
        ("udl", ["bench", "--epochs", "10000000"], 64, "--epochs must be from 1 to 10000"),
        (
            "udl", ["bench", "cnn", "--precision", "single"], 64,
            "--precision single is offered for the mlp recipe only"
        ),
        ("udl", ["dataset", "digits", "--training", "0", "--out", "OUT"], 64, "--training must be from 1 to 100000"),
        ("ch10", ["demo", "digits", "--run", "--mnist", "OUT"], 1, "train-images-idx3-ubyte[.gz]: no such file"),
        ("ch10", ["demo", "digits", "--mnist", "OUT"], 64, "--mnist needs --run"),
    ]

    @Test(arguments: cases.indices)
    func badInputIsOneLineAndLeavesNothing(_ index: Int) throws {
        let example = Self.cases[index]
        let out = Self.temporaryFolder()
        let result = try Executables.run(example.program, example.arguments.map { $0 == "OUT" ? out : $0 })
        let shown = "\(example.program) \(example.arguments.joined(separator: " "))"
        #expect(result.status == example.status, "\(shown): status \(result.status)")
        #expect(result.err.split(separator: "\n").count == 1, "\(shown) printed: \(result.err.prefix(500))")
        #expect(result.err.contains(example.says), "\(shown) printed: \(result.err.prefix(500))")
        #expect(!FileManager.default.fileExists(atPath: out), "\(shown) left \(out)")
    }

    @Test func aFileGivenAsTheFolderFailsBeforeAnyProgress() throws {
        let file = Self.temporaryFolder()
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try Executables.run("udl", ["figures", "--out", file])
        #expect(result.status == 73)
        #expect(result.err == "udl: error: cannot create folder '\(file)/ch02': '\(file)' is a file in the way\n")
    }

    /// A CSV that cannot be written (a folder holds its name) is named with the reason, and no
    /// temporary file stays.
    @Test func aFailedDatasetWriteNamesTheFileAndTheReason() throws {
        let out = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try FileManager.default.createDirectory(atPath: out + "/y.csv/blocker", withIntermediateDirectories: true)
        let result = try Executables.run("udl", ["dataset", "mnist1d", "--samples", "20", "--out", out])
        #expect(result.status == 73)
        #expect(result.err.hasSuffix("udl: error: cannot write '\(out)/y.csv': Is a directory\n"))
        #expect(try !FileManager.default.contentsOfDirectory(atPath: out).contains { $0.hasSuffix(".tmp") })
    }

    /// An option that needs `--run` is refused before the demo narrates anything: only the demo's
    /// title and its rule reach standard output.
    @Test(arguments: [
        ("ch10", ["demo", "digits", "--epochs", "2"]), ("ch08", ["demo", "double-descent", "--seed", "1"]),
    ])
    func aRunOnlyOptionIsRefusedBeforeTheDemoSpeaks(program: String, arguments: [String]) throws {
        let result = try Executables.run(program, arguments)
        #expect(result.status == 64)
        #expect(result.out.split(separator: "\n").count <= 2, "\(program) printed: \(result.out.prefix(300))")
        #expect(result.err.contains("needs --run"))
    }

    @Test func listStartsWithTheChaptersTitle() throws {
        let result = try Executables.run("ch02", ["list"])
        #expect(result.out.hasPrefix("Chapter 2: "))
    }

    @Test func aDuplicatedFigureIdIsDrawnOnce() throws {
        let out = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try Executables.run("ch02", ["figures", "--only", "2.1", "2.1", "--format", "svg", "--out", out])
        #expect(result.status == 0)
        #expect(result.out == "wrote 1 figure (svg) to \(out)/ch02/\n")
    }

    @Test func aFullStandardOutputIsOneLineAndStatus74() throws {
        let full = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let result = try Executables.run("ch02", ["list"], output: full)
        #expect(result.status == 74)
        #expect(result.err == "ch02: error: cannot write to standard output: No space left on device\n")
    }

    @Test func aFullStandardErrorIsNoCrash() throws {
        let out = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let process = Process()
        process.executableURL = Executables.url("ch02")
        process.arguments = ["figures", "--only", "2.1", "--format", "svg", "--out", out]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: out + "/ch02/fig-2.1.svg"))
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let result = try Executables.run("ch02", [], output: pipe.fileHandleForWriting)
        #expect(result.status == 141)
        #expect(result.err.isEmpty)
    }

    @Test func anExerciseThatNeverAnswersTimesOutAndTheRestAreChecked() throws {
        let result = try Executables.run(
            "ch02", ["check", "2.1", "2.2", "--reference", "--timeout", "1"],
            environment: ["UDL_CHECK_STALL": "2.1"])
        #expect(result.status == 1)
        #expect(result.out.contains("gave no answer within 1 s"))
        #expect(result.out.contains("1 solved, 1 failing"))
    }

    #if os(Linux)
        /// Processes whose environment holds `tag`, found through /proc.
        static func processes(tagged tag: String) -> [String] {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            return entries.filter { Int($0) != nil }.filter { pid in
                guard let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else {
                    return false
                }
                return environment.range(of: Data(tag.utf8)) != nil
            }
        }

        @Test(arguments: [SIGINT, SIGTERM, SIGKILL])
        func noCheckProcessOutlivesItsParent(signal: Int32) throws {
            let tag = "UDL_TEST_TAG=" + UUID().uuidString
            let process = Process()
            process.executableURL = Executables.url("ch02")
            process.arguments = ["check", "2.1", "--timeout", "600"]
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["UDL_CHECK_STALL": "2.1", "UDL_TEST_TAG": String(tag.dropFirst("UDL_TEST_TAG=".count))]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait until the child that never answers is running.
            for _ in 0..<100 where Self.processes(tagged: tag).count < 2 { usleep(100_000) }
            #expect(Self.processes(tagged: tag).count == 2)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            for _ in 0..<50 where !Self.processes(tagged: tag).isEmpty { usleep(100_000) }
            #expect(Self.processes(tagged: tag).isEmpty, "a __run-checks child outlived its parent")
        }

        /// On a 12-column terminal (a pseudo-terminal made by util-linux's `script`) every redraw
        /// of the progress line fits in 11 columns, so it redraws in place instead of wrapping.
        @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
        func theProgressLineFitsANarrowTerminal() throws {
            let out = Self.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: out) }
            let command =
                "stty cols 12; '\(Executables.url("ch02").path)' figures --only 2.1 2.2 --format svg --out '\(out)'"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", command, "/dev/null"]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let redraws = text.replacingOccurrences(of: "\u{1B}[2K", with: "")
                .split(whereSeparator: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" }).filter { !$0.hasPrefix("wrote") }
            #expect(redraws.count == 3, "\(redraws)")
            #expect(redraws.allSatisfy { $0.count <= 11 }, "\(redraws)")
        }

        @Test(arguments: [0.5, 2.0])
        func anInterruptedDatasetRunLeavesNothing(after seconds: Double) throws {
            let out = Self.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: out) }
            let status = try Executables.interrupt(
                "udl", ["dataset", "mnist1d", "--samples", "100000", "--out", out],
                after: seconds)
            #expect(status == 130)
            let left = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            #expect(left.isEmpty, "left \(left)")
        }

        @Test(arguments: [0.2, 0.5, 1.0])
        func anInterruptedFigureRunLeavesNoTemporaryFile(after seconds: Double) throws {
            let out = Self.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: out) }
            let status = try Executables.interrupt("ch02", ["figures", "--out", out], after: seconds)
            let left = (FileManager.default.enumerator(atPath: out)?.allObjects as? [String]) ?? []
            #expect(!left.contains { $0.hasSuffix(".tmp") }, "left \(left)")
            #expect([0, 130].contains(status))
        }
    #endif
}
