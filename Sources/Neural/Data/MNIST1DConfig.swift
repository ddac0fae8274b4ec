/// The arguments of MNIST-1D's generator (`mnist1d.data.get_dataset_args()`, Greydanus &
/// Kobak); the defaults are the published data set's.
public struct MNIST1DConfig: Sendable, Equatable {
    /// Total number of examples, `numSamples / 10` per digit.
    public var numSamples: Int
    /// Fraction of the (shuffled) examples that form the training set.
    public var trainSplit: Double
    /// Template length as the reference counts it; it only sets the working length below
    /// (the templates themselves always have 12 values).
    public var templateLength: Int
    /// Range of the number of zeros appended to a template; `templateLength + padding.upperBound`
    /// is the working length of a signal (72 by default).
    public var padding: ClosedRange<Int>
    /// A signal is scaled by `1 + scaleCoefficient · (u − 0.5)`, `u` uniform.
    public var scaleCoefficient: Double
    /// A signal is shifted circularly right by `0..<maxTranslation` positions.
    public var maxTranslation: Int
    /// Standard deviation of the smoothed noise that fills the exact zeros.
    public var correlatedNoiseScale: Double
    /// Standard deviation of the white noise added everywhere.
    public var iidNoiseScale: Double
    /// Strength of the random linear tilt.
    public var shearScale: Double
    /// Whether one fixed random permutation of the time steps is applied to every signal.
    public var shuffleSequence: Bool
    /// Length of a final signal.
    public var finalSequenceLength: Int
    /// Seed of NumPy's legacy generator (`make_dataset` also seeds Python's `random` with it).
    public var seed: UInt32

    /// The published configuration by default; pass only the arguments to change.
    public init(
        numSamples: Int = 5000, trainSplit: Double = 0.8, templateLength: Int = 12,
        padding: ClosedRange<Int> = 36...60, scaleCoefficient: Double = 0.4, maxTranslation: Int = 48,
        correlatedNoiseScale: Double = 0.25, iidNoiseScale: Double = 2e-2, shearScale: Double = 0.75,
        shuffleSequence: Bool = false, finalSequenceLength: Int = 40, seed: UInt32 = 42
    ) {
        self.numSamples = numSamples
        self.trainSplit = trainSplit
        self.templateLength = templateLength
        self.padding = padding
        self.scaleCoefficient = scaleCoefficient
        self.maxTranslation = maxTranslation
        self.correlatedNoiseScale = correlatedNoiseScale
        self.iidNoiseScale = iidNoiseScale
        self.shearScale = shearScale
        self.shuffleSequence = shuffleSequence
        self.finalSequenceLength = finalSequenceLength
        self.seed = seed
    }

    /// The variant of notebook 8.3 (double descent): 8000 examples split 4000 / 4000.
    public static let doubleDescent = MNIST1DConfig(numSamples: 8000, trainSplit: 0.5)

    /// Working length of a signal before the final resampling.
    var workingLength: Int { templateLength + padding.upperBound }
}
