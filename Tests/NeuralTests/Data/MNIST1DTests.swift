import FileOutput
import Foundation
import Testing

@testable import Neural

/// Expected values from the reference generator, `mnist1d` 0.0.2 (`make_dataset`) with
/// numpy 2.4.6 and scipy 1.17.1; the whole default data set was also compared value by
/// value and matched bit for bit. Doubles are compared exactly.
@Suite struct MNIST1DTests {
    static let published = MNIST1D()

    @Test func defaultsArePublished() {
        let config = MNIST1DConfig()
        #expect(config.numSamples == 5000 && config.trainSplit == 0.8 && config.templateLength == 12)
        #expect(config.padding == 36...60 && config.scaleCoefficient == 0.4 && config.maxTranslation == 48)
        #expect(config.correlatedNoiseScale == 0.25 && config.iidNoiseScale == 0.02 && config.shearScale == 0.75)
        #expect(!config.shuffleSequence && config.finalSequenceLength == 40 && config.seed == 42)
        #expect(MNIST1DConfig.doubleDescent == MNIST1DConfig(numSamples: 8000, trainSplit: 0.5))
    }

    @Test func shapesAndLabels() {
        let data = Self.published
        #expect(data.x.count == 4000 && data.x.allSatisfy { $0.count == 40 })
        #expect(data.xTest.count == 1000 && data.xTest.allSatisfy { $0.count == 40 })
        #expect(data.y.count == 4000 && data.yTest.count == 1000)
        #expect(Array(data.y.prefix(20)) == [2, 6, 4, 5, 6, 6, 6, 0, 3, 1, 6, 9, 4, 3, 4, 5, 1, 9, 0, 3])
        #expect(Array(data.yTest.prefix(20)) == [2, 6, 3, 9, 4, 3, 1, 9, 5, 2, 0, 7, 7, 1, 4, 6, 1, 4, 3, 9])
        let counts = { (labels: [Int]) in (0...9).map { digit in labels.filter { $0 == digit }.count } }
        #expect(counts(data.y) == [398, 396, 411, 394, 394, 402, 401, 404, 402, 398])
        #expect(counts(data.yTest) == [102, 104, 89, 106, 106, 98, 99, 96, 98, 102])
    }

    @Test func signalValues() {
        let data = Self.published
        #expect(
            Array(data.x[0].prefix(6)) == [
                -0.33200566736939013, -0.4719103656557236, -0.778697076293495, -1.0097408265367045,
                -0.8823525654053073, 0.10393481264623418,
            ])
        #expect(Array(data.x[0].suffix(3)) == [-0.7167304978134463, -0.9619582524619623, -0.8901663884753127])
        #expect(Array(data.x[3999][10..<13]) == [-0.7838749638032555, 0.14847754622964865, 0.4784573467763793])
        #expect(
            Array(data.xTest[17][20..<24]) == [
                0.03676257471789858, -0.19160696044820535, 0.0182548736136868, -0.22224707922681006,
            ])
        #expect(Array(data.t.prefix(3)) == [-5.38753506670427, -5.111251217129692, -4.834967367555114])
        #expect(data.t.last == 5.38753506670427)
    }

    @Test func globalStatistics() {
        let data = Self.published
        let train = Array(data.x.joined())
        #expect(NumPySummation.sum(train) == -51.78746787509559)
        #expect(abs(train.reduce(0, +) - -51.78746787509559) < 1e-11)
        #expect(abs(train.reduce(0, +) / Double(train.count) - -0.00032367167421934744) < 1e-15)
        #expect(NumPySummation.sum(Array(data.xTest.joined())) == 51.78746787509192)
        let all = train + Array(data.xTest.joined())
        #expect(NumPySummation.mean(all) == -1.7905676941154525e-17)
        #expect(NumPySummation.standardDeviation(all) == 0.9999999999999998)
    }

    @Test func templates() {
        let templates = MNIST1DTemplates()
        #expect(
            templates.x[3] == [
                0.0, 0.26726124191242445, 0.40089186286863665, 0.40089186286863665, 0.26726124191242445, 0.0,
                0.0, 0.26726124191242445, 0.40089186286863665, 0.40089186286863665, 0.26726124191242445, 0.0,
            ])
        #expect(templates.x.allSatisfy { $0.first == 0 && $0.count == 12 })
        #expect(templates.y == Array(0...9))
    }

    @Test func smallConfiguration() {
        let data = MNIST1D(config: MNIST1DConfig(numSamples: 200))
        #expect(data.x.count == 160 && data.xTest.count == 40)
        #expect(Array(data.y.prefix(20)) == [5, 4, 3, 7, 3, 5, 4, 3, 9, 9, 7, 2, 2, 1, 6, 4, 1, 1, 7, 2])
        #expect(Array(data.yTest.prefix(10)) == [8, 2, 8, 8, 3, 7, 6, 6, 6, 5])
        #expect(
            Array(data.x[5].prefix(4)) == [
                1.2148949920354974, 0.7935736481641911, 0.31822058243754325, 0.39298194229885874,
            ])
        #expect(Array(data.xTest[39].suffix(2)) == [-0.356302206736683, -0.24993991915109096])
        #expect(NumPySummation.sum(Array(data.x.joined())) == 56.256901563245975)
    }

    @Test func shuffledSequence() {
        let data = MNIST1D(config: MNIST1DConfig(numSamples: 300, shuffleSequence: true, seed: 7))
        #expect(Array(data.y.prefix(10)) == [6, 5, 6, 6, 9, 9, 3, 9, 1, 3])
        #expect(
            Array(data.x[0].prefix(4)) == [
                0.3188522331292212, -3.103454371168078, -2.6064187433385446, -0.3458627641815368,
            ])
        #expect(NumPySummation.sum(Array(data.x.joined())) == 4.024312420977296, "pairwise sum in row-major order")
    }

    @Test func doubleDescentConfiguration() {
        let data = MNIST1D(config: .doubleDescent)
        #expect(data.x.count == 4000 && data.xTest.count == 4000)
        #expect(Array(data.y.prefix(10)) == [8, 8, 2, 1, 8, 3, 4, 0, 3, 7])
        #expect(Array(data.x[0].prefix(3)) == [-0.7905378746322872, -0.7115411399182027, -0.5034117894459221])
        #expect(NumPySummation.sum(Array(data.x.joined())) == 500.95042342903326)
    }

    @Test func generatorContinuesAfterGeneration() {
        var random = NumPyRandomState(seed: 0)
        let data = MNIST1D(config: MNIST1DConfig(numSamples: 200), random: &random)
        var replay = NumPyRandomState(seed: 42)
        _ = MNIST1D(config: MNIST1DConfig(numSamples: 200), random: &replay)
        #expect(data.y == MNIST1D(config: MNIST1DConfig(numSamples: 200)).y)
        #expect(random.rand() == replay.rand())
    }

    @Test func csvRoundTrip() throws {
        let data = MNIST1D(config: MNIST1DConfig(numSamples: 100))
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("mnist1d-csv-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try data.writeCSV(to: folder)
        try data.writeCSV(to: folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files == ["x.csv", "x_test.csv", "y.csv", "y_test.csv"])
        func lines(_ name: String) throws -> [Substring] {
            try String(contentsOfFile: folder + "/" + name, encoding: .utf8).split(separator: "\n")
        }
        let x = try lines("x.csv").map { $0.split(separator: ",").map { Double($0)! } }
        let xTest = try lines("x_test.csv").map { $0.split(separator: ",").map { Double($0)! } }
        #expect(x == data.x && xTest == data.xTest)
        #expect(try lines("y.csv").map { Int($0)! } == data.y)
        #expect(try lines("y_test.csv").map { Int($0)! } == data.yTest)
    }

    /// Progress is reported every 1000 examples and at the end, and does not change the data.
    @Test func progressCountsTheExamplesMade() {
        var counts: [Int] = []
        let data = MNIST1D(config: MNIST1DConfig(numSamples: 2500)) { counts.append($0) }
        #expect(counts == [1000, 2000, 2500])
        #expect(data.x == MNIST1D(config: MNIST1DConfig(numSamples: 2500)).x)
    }

    /// A directory named `y.csv` makes the last renames fail.
    @Test func csvFailureLeavesNoTemporaries() throws {
        let data = MNIST1D(config: MNIST1DConfig(numSamples: 20))
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("mnist1d-csv-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/y.csv", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: folder + "/y.csv/blocker", contents: Data()))
        #expect(throws: FileOutputError.self) { try data.writeCSV(to: folder) }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(!files.contains { $0.hasSuffix(".tmp") })
    }
}
