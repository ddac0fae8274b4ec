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

    @Option(help: "Number of examples, a multiple of 10 (the published set has 5000).")
    var samples = 5000

    @Option(help: "Fraction of the examples used for training.")
    var trainSplit = 0.8

    @Option(help: "Seed of NumPy's legacy generator (the published set uses 42).")
    var seed: UInt32 = 42

    @Option(help: "Folder to write the four CSV files into.")
    var out: String

    func validate() throws {
        guard samples >= 10, samples % 10 == 0 else {
            throw ValidationError("--samples must be a positive multiple of 10 (one tenth per digit), got \(samples)")
        }
        let train = Int(Double(samples) * trainSplit)
        guard trainSplit > 0, trainSplit < 1, train >= 1, train < samples else {
            throw ValidationError("--train-split must leave at least one training and one test example, got \(trainSplit)")
        }
    }

    func run() throws {
        let context = CommandContext.current
        var config = MNIST1DConfig()
        config.numSamples = samples
        config.trainSplit = trainSplit
        config.seed = seed
        try AtomicFile.prepareFolder(out)
        let data = MNIST1D(config: config)
        do {
            try data.writeCSV(to: out)
        } catch {
            throw CompanionError.cannotCreate("cannot write the CSV files into '\(out)': \(error)")
        }
        context.out.write("wrote \(data.x.count) training and \(data.xTest.count) test examples of length "
            + "\(config.finalSequenceLength) to \(out)/ (x.csv, y.csv, x_test.csv, y_test.csv)\n")
    }
}
