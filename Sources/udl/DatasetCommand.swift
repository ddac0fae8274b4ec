import ArgumentParser
import Chapter10
import Companion
import Neural

/// `udl dataset mnist1d` writes MNIST-1D as CSV files, `udl dataset digits` chapter 10's
/// generated digits as MNIST's IDX files, for use in other tools.
struct DatasetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Write a generated data set as files other tools read.",
        subcommands: [MNIST1DCommand.self, DigitsCommand.self]
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

struct DigitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digits",
        abstract:
            "Generate chapter 10's 28×28 digits (DejaVu glyphs, distorted) and write them as MNIST's four IDX files.")

    @Option(parsing: .unconditional, help: "Training images, 1 to 100000 (default: what ch10 demo digits trains on).")
    var training = ConvolutionalNetworks.generatedDigitCounts.training

    @Option(parsing: .unconditional, help: "Test images, 1 to 100000.")
    var test = ConvolutionalNetworks.generatedDigitCounts.test

    @Option(help: "Folder to write train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-… into.")
    var out: String

    func validate() throws {
        for (name, count) in [("--training", training), ("--test", test)] where !(1...100_000).contains(count) {
            throw ValidationError("\(name) must be from 1 to 100000, got \(count)")
        }
        guard !out.isEmpty else { throw ValidationError("--out must name a folder, not be empty") }
    }

    func run() throws {
        let context = CommandContext.current
        let (trainingSet, testSet) = try ConvolutionalNetworks.generatedDigits(training: training, test: test)
        try MNISTFiles.write(training: trainingSet, test: testSet, to: out)
        context.out.write(
            "wrote \(training) training and \(test) test images of 28×28 generated digits to \(out)/ "
                + "(train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte)\n"
        )
    }
}
