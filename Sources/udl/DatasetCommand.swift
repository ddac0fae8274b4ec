import ArgumentParser
import Companion
import Neural

/// `udl dataset mnist1d`: writes MNIST-1D as CSV files for use in other tools.
struct DatasetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Write a generated data set as CSV files.",
        subcommands: [MNIST1DCommand.self]
    )
}

struct MNIST1DCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mnist1d",
        abstract: "Generate MNIST-1D (Greydanus & Kobak) and write x.csv, y.csv, x_test.csv, y_test.csv.")

    /// The most examples `--samples` accepts: 20 times the published set, about 30 s of work
    /// in a release build and 50 MB of CSV.
    static let maximumSamples = 100_000

    @Option(
        parsing: .unconditional,
        help: "Number of examples, a multiple of 10 up to \(maximumSamples) (the published set has 5000).")
    var samples = 5000

    @Option(parsing: .unconditional, help: "Fraction of the examples used for training, between 0 and 1.")
    var trainSplit = 0.8

    @Option(
        parsing: .unconditional, help: "Seed of NumPy's legacy generator, 0 to 4294967295 (the published set uses 42).")
    var seed: UInt32 = 42

    @Option(help: "Folder to write the four CSV files into.")
    var out: String

    func validate() throws {
        guard samples >= 10, samples <= Self.maximumSamples, samples % 10 == 0 else {
            throw ValidationError(
                "--samples must be a multiple of 10 from 10 to \(Self.maximumSamples) "
                    + "(one tenth per digit), got \(samples)")
        }
        guard trainSplit.isFinite, trainSplit > 0, trainSplit < 1,
            case let train = Int(Double(samples) * trainSplit), train >= 1, train < samples
        else {
            throw ValidationError(
                "--train-split must be between 0 and 1 and leave at least one training and one "
                    + "test example, got \(trainSplit)")
        }
        guard !out.isEmpty else { throw ValidationError("--out must name a folder, not be empty") }
    }

    func run() throws {
        let context = CommandContext.current
        var config = MNIST1DConfig()
        config.numSamples = samples
        config.trainSplit = trainSplit
        config.seed = seed
        let progress = Progress("examples", total: samples, sink: context.err)
        let data = MNIST1D(config: config) { progress.update($0) }
        try data.writeCSV(to: out)
        context.out.write(
            "wrote \(data.x.count) training and \(data.xTest.count) test examples of length "
                + "\(config.finalSequenceLength) to \(out)/ (x.csv, y.csv, x_test.csv, y_test.csv)\n")
    }
}
