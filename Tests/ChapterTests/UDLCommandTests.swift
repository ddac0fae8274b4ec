import Foundation
import Testing

/// The commands only `udl` has, run as a real process.
@Suite struct UDLCommandTests {
    func run(_ arguments: [String]) throws -> Executables.Run { try Executables.run("udl", arguments) }

    func temporaryPath() -> String { NSTemporaryDirectory() + "udl-cmd-" + UUID().uuidString }

    @Test func datasetWritesTheFourFilesWithTheRequestedSplit() throws {
        let folder = temporaryPath()
        let result = try run(["dataset", "mnist1d", "--samples", "200", "--train-split", "0.75", "--out", folder])
        #expect(result.status == 0)
        let lines = { (name: String) in
            (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8))?.split(separator: "\n") ?? []
        }
        #expect(lines("x.csv").count == 150 && lines("y.csv").count == 150)
        #expect(lines("x_test.csv").count == 50 && lines("y_test.csv").count == 50)
        #expect(lines("x.csv").first?.split(separator: ",").count == 40)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
                == ["x.csv", "x_test.csv", "y.csv", "y_test.csv"])
    }

    @Test func datasetShowsItsProgress() throws {
        let folder = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try run(["dataset", "mnist1d", "--samples", "2000", "--out", folder])
        #expect(result.status == 0)
        #expect(result.err == "examples 1000/2000\nexamples 2000/2000\n")
    }

    @Test func aBadSampleCountIsOneLineAndCreatesNothing() throws {
        let folder = temporaryPath()
        let result = try run(["dataset", "mnist1d", "--samples", "15", "--out", folder])
        #expect(result.status == 64)
        #expect(result.err.split(separator: "\n").count == 1)
        #expect(result.err.contains("multiple of 10"))
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func benchReportsTimesAndErrors() throws {
        let result = try run(["bench", "--runs", "1", "--epochs", "1", "--sizes", "16"])
        #expect(result.status == 0)
        #expect(result.out.contains("GFLOP/s"))
        #expect(result.out.contains("final train error"))
    }
}
