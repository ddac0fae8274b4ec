/// MNIST-1D (Greydanus & Kobak, "Scaling down deep learning with MNIST-1D", 2020/2024):
/// ten one-dimensional digit outlines, randomly padded, stretched, shifted, noised and
/// tilted, generated here exactly as `mnist1d.data.make_dataset` does, so the default
/// configuration reproduces the published data set without downloading it.
public struct MNIST1D: Sendable {
    /// Training signals, one row of `finalSequenceLength` values per example (4000 × 40).
    public let x: [[Double]]
    /// Training labels 0…9.
    public let y: [Int]
    /// Test signals (1000 × 40).
    public let xTest: [[Double]]
    /// Test labels.
    public let yTest: [Int]
    /// The shared time axis of the signals, divided by the same standard deviation as `x`.
    public let t: [Double]
    /// The templates the examples were made from.
    public let templates: MNIST1DTemplates
    /// The configuration that produced the data.
    public let config: MNIST1DConfig

    /// The published data set (the default configuration: 4000 training and 1000 test examples),
    /// generated once per process on first use and shared by everything that trains on it.
    public static let published = MNIST1D()

    /// Generates the data set for `config` with a fresh generator seeded with `config.seed`.
    /// `progress`, if given, is called with the number of examples made so far (every 1000
    /// examples and at the end), for a progress line on large sets.
    public init(config: MNIST1DConfig = MNIST1DConfig(), progress: ((Int) -> Void)? = nil) {
        var random = NumPyRandomState(seed: config.seed)
        self.init(config: config, random: &random, progress: progress)
    }

    /// Generates the data set, reseeding `random` with `config.seed` first (as `make_dataset`
    /// reseeds NumPy's global generator) and leaving it where the generation stopped, so
    /// later draws continue as they would in the notebook.
    public init(config: MNIST1DConfig, random: inout NumPyRandomState, progress: ((Int) -> Void)? = nil) {
        random.seed(config.seed)
        let templates = MNIST1DTemplates()
        let perClass = config.numSamples / templates.y.count
        var signals: [[Double]] = []
        var labels: [Int] = []
        for label in templates.y {
            for _ in 0..<perClass {
                signals.append(MNIST1DTransform.apply(to: templates.x[label], config: config, random: &random))
                labels.append(label)
                if signals.count % 1000 == 0 { progress?(signals.count) }
            }
        }
        if signals.count % 1000 != 0 { progress?(signals.count) }
        let order = random.permutation(labels.count)
        signals = order.map { signals[$0] }
        labels = order.map { labels[$0] }
        if config.shuffleSequence {
            let steps = random.permutation(config.finalSequenceLength)
            signals = signals.map { row in steps.map { row[$0] } }
        }

        // NumPy sums in memory order: indexing the time axis with a permutation leaves the
        // array column-major, so the statistics then run over the columns.
        let flat =
            config.shuffleSequence
            ? (0..<config.finalSequenceLength).flatMap { step in signals.map { $0[step] } }
            : Array(signals.joined())
        let mean = NumPySummation.mean(flat)
        let std = NumPySummation.standardDeviation(flat)
        signals = signals.map { row in row.map { ($0 - mean) / std } }

        let split = Int(Double(labels.count) * config.trainSplit)
        x = Array(signals[..<split])
        y = Array(labels[..<split])
        xTest = Array(signals[split...])
        yTest = Array(labels[split...])
        t = MNIST1DTransform.timeAxis(templates.t, config: config).map { $0 / std }
        self.templates = templates
        self.config = config
    }
}
