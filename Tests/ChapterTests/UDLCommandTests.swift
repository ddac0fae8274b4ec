import Foundation
import Neural
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

    /// `udl bench` reports times and errors; `--precision single` trains the MLP in single
    /// precision, says so, and one epoch of it lands near the double-precision epoch's errors
    /// (the passes agree to 10⁻⁵, see `SinglePrecisionTests`).
    @Test func benchReportsTimesAndErrorsInEitherPrecision() throws {
        let arguments = ["bench", "--runs", "1", "--epochs", "1", "--sizes", "16"]
        let double = try run(arguments)
        let single = try run(arguments + ["--precision", "single"])
        #expect(double.status == 0 && single.status == 0)
        #expect(double.out.contains("GFLOP/s"))
        #expect(single.out.contains("single precision: sgemm products"))
        #expect(!double.out.contains("single precision"))
        // "final train error 31.4 %, test error 45.2 %" → [31.4, 45.2]
        let errors = { (text: String) -> [Double] in
            let line = text.split(separator: "\n").first { $0.contains("final train error") } ?? ""
            return line.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .punctuationCharacters)) }
        }
        let (a, b) = (errors(single.out), errors(double.out))
        #expect(a.count == 2 && b.count == 2, "\(double.out)")
        #expect(zip(a, b).allSatisfy { abs($0 - $1) <= 0.5 }, "single \(a) against double \(b)")
    }

    /// Where OpenBLAS alone would run a kernel weaker than the CPU allows (this test process
    /// runs OpenBLAS's own choice), `udl bench` starts itself again with the fitting one and says
    /// so; kept from starting again, it names the fallback and the kernel that would fit. A kernel
    /// set in the environment beforehand is left as it is, and named as a fallback if it is one.
    @Test func benchRunsTheKernelTheCPUAllows() throws {
        let first = { (text: String) in text.split(separator: "\n").prefix(2).joined(separator: "\n") }
        let plain = try run(["bench", "--runs", "1", "--epochs", "1", "--sizes", "16"])
        let kept = try Executables.run(
            "udl", ["bench", "--runs", "1", "--epochs", "1", "--sizes", "16"], environment: ["UDL_BLAS_RELAUNCHED": "1"]
        )
        let preset = ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"] != nil
        let fallbackNote = BLASKernel.unusedSpeed().map { current, fitting in
            "note: \(current) is a fallback that leaves speed unused on this CPU; OPENBLAS_CORETYPE=\(fitting) would fit it"
        }
        if let (_, fitting) = BLASKernel.unusedSpeed(), !preset {
            #expect(first(plain.out).hasPrefix("OpenBLAS core \(fitting), "), "\(plain.out)")
            #expect(first(plain.out).contains("chosen from the CPU's instructions"))
        } else {
            #expect(first(plain.out).hasPrefix("OpenBLAS core \(BLAS.coreName), "), "\(plain.out)")
            #expect(fallbackNote.map { first(plain.out).contains($0) } ?? !plain.out.contains("note:"))
        }
        #expect(fallbackNote.map { first(kept.out).contains($0) } ?? !kept.out.contains("note:"), "\(kept.out)")
    }
}
