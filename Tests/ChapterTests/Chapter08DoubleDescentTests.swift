import Companion
import Foundation
import Neural
import Testing

@testable import Chapter08

/// Figure 8.10's sweep, cut to a few widths and epochs (the full sweep runs in release:
/// `ch08 demo double-descent --run`), and the committed results the figure draws.
@Suite struct Chapter08DoubleDescentTests {
    static let short = DoubleDescent(labelNoise: 0.15, widths: [3, 12], epochs: 2)

    @Test("Problem 8.4's count and the notebook's dashed line: width 40 has the count nearest 4000 examples")
    func parameterCounts() {
        #expect(DoubleDescent.parameterCount(width: 200) == 50_410)
        var random = NumPyRandomState(seed: 0)
        for width in [2, 45, 400] {
            #expect(
                DoubleDescent.network(width: width, random: &random).parameterCount
                    == DoubleDescent.parameterCount(width: width))
        }
        // 40 → 3690 and 45 → 4375 parameters: 310 against 375 away from 4000.
        #expect(
            DoubleDescent.interpolationThreshold(widths: DoubleDescent.notebookWidths, trainingExamples: 4000) == 40)
    }

    @Test("A short sweep writes its file, resumes from it, refuses another setup, and draws figure 8.10")
    func shortSweepResumes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dd-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/sweep.csv"
        let sweep = DoubleDescentSweep(experiment: Self.short, threads: 2, save: path, command: "test")
        let quiet = Companion.Progress("epochs", total: 4, sink: TextSink())
        // 500 examples in each set keep the test quick; the sweep takes any data.
        let small = MNIST1D(config: MNIST1DConfig(numSamples: 1000, trainSplit: 0.5))
        let data = (
            training: Dataset(rows: small.x, labels: LabelNoise.notebook(small.y, fraction: 0.15, seed: 42)),
            test: small.testSet
        )
        let results = try sweep.run(progress: quiet, prepared: data)
        #expect(results.map(\.width) == [3, 12])
        #expect(results.allSatisfy { $0.trainError < 0.9 && $0.testError <= 1 && $0.trainLoss.isFinite })
        let file = try #require(try ResultsFile.read(path))
        #expect(DoubleDescentFile.results(file) == results && file.setup == DoubleDescentFile.setupLine(Self.short))

        // A file that already holds width 3 (with a marked value) only gets width 12 trained.
        var partial = file
        partial.rows = [["3", "0", "0.123", "0.456", "1", "2"]]
        try partial.write(to: path)
        let resumed = try sweep.run(progress: quiet, prepared: data)
        #expect(resumed.first?.testError == 0.456 && resumed.last == results.last)

        // One thread gives the same numbers as two: each width starts from its own seed.
        let alone = try DoubleDescentSweep(experiment: Self.short, threads: 1, save: nil, command: "").run(
            progress: quiet, prepared: data)
        #expect(alone == results)

        var other = Self.short
        other.epochs = 3
        #expect(throws: CompanionError.self) {
            try DoubleDescentSweep(experiment: other, threads: 1, save: path, command: "").run(progress: quiet)
        }

        let figure = MeasuringPerformance.figure8_10(clean: results, noisy: resumed, trainingExamples: 500)
        let svg = String(decoding: try figure.svg(), as: UTF8.self)
        #expect(svg.contains("stroke-dasharray"))
    }

    @Test(
        "Notebook 8.3's shape in the committed sweeps: memorised near the dashed line, a peak there, a second descent")
    func committedSweeps() throws {
        let clean = DoubleDescentFile.committed(noisePercent: 0)
        let noisy = DoubleDescentFile.committed(noisePercent: 15)
        for (committed, noise) in [(clean, 0.0), (noisy, 0.15)] {
            #expect(committed.file.setup == DoubleDescentFile.setupLine(DoubleDescent(labelNoise: noise)))
            #expect(committed.results.map(\.width) == DoubleDescent.notebookWidths)
        }
        let shape = DoubleDescentShape(noisy.results, trainingExamples: 4000)
        let peak = try #require(shape.peak)
        let minimum = try #require(shape.firstMinimum)
        #expect((30...60).contains(peak.width))
        #expect(minimum.width < peak.width && minimum.testError < peak.testError)
        #expect(noisy.results.last!.testError < minimum.testError)
        let memorised = try #require(shape.firstZeroTrainingError)
        #expect((30...100).contains(memorised))
        // Clean labels (figure 8.10a): memorised before the dashed line, no peak, and the test error ends
        // lower than with noise.
        let cleanShape = DoubleDescentShape(clean.results, trainingExamples: 4000)
        #expect(try #require(cleanShape.firstZeroTrainingError) <= 40 && cleanShape.peak == nil)
        #expect(clean.results.last!.testError < noisy.results.last!.testError)
    }
}
