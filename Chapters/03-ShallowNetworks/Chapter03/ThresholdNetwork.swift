/// A net of threshold units with one hidden layer, as in Mining of Massive Datasets
/// §13.1 (the perceptrons of its Example 13.1). A unit outputs 1 when the weighted
/// sum of its inputs reaches its threshold, Σ_i w_i x_i ≥ t, and 0 otherwise: a
/// Heaviside activation (problem 3.8) applied to the pre-activation −t + Σ_i w_i x_i.
public struct ThresholdNetwork: Sendable, Equatable {
    /// One weight vector per hidden gate.
    public var hiddenWeights: [[Double]]
    /// One threshold per hidden gate.
    public var hiddenThresholds: [Double]
    /// The output gate's weights, one per hidden gate.
    public var outputWeights: [Double]
    public var outputThreshold: Double

    public init(hiddenWeights: [[Double]], hiddenThresholds: [Double], outputWeights: [Double], outputThreshold: Double)
    {
        self.hiddenWeights = hiddenWeights; self.hiddenThresholds = hiddenThresholds
        self.outputWeights = outputWeights; self.outputThreshold = outputThreshold
    }

    /// The number of gates in the hidden layer.
    public var gates: Int { hiddenWeights.count }

    /// The hidden layer's outputs for a bit vector.
    public func hidden(_ bits: [Int]) -> [Int] {
        zip(hiddenWeights, hiddenThresholds).map { weights, threshold in
            ThresholdNetwork.fire(weights, bits.map(Double.init), threshold)
        }
    }

    /// The net's output, 0 or 1.
    public func callAsFunction(_ bits: [Int]) -> Int {
        ThresholdNetwork.fire(outputWeights, hidden(bits).map(Double.init), outputThreshold)
    }

    static func fire(_ weights: [Double], _ inputs: [Double], _ threshold: Double) -> Int {
        precondition(weights.count == inputs.count, "a gate needs one weight per input")
        return zip(weights, inputs).reduce(0) { $0 + $1.0 * $1.1 } >= threshold ? 1 : 0
    }

    /// Example 13.1 (figure 13.1 of MMDS): gate 1 has weights [1, 2, 1, 0] and
    /// threshold 2.5, gate 2 has [0, 0, 1, 1] and 1.5, and the output ORs them
    /// (weights [1, 1], threshold 0.5). It fires exactly on the 4-bit vectors with two
    /// consecutive 1s.
    public static let consecutiveOnes = ThresholdNetwork(
        hiddenWeights: [[1, 2, 1, 0], [0, 0, 1, 1]], hiddenThresholds: [2.5, 1.5],
        outputWeights: [1, 1], outputThreshold: 0.5)

    /// All bit vectors of length `n`, in counting order (0…0 first; bit 1 is the leftmost).
    public static func allInputs(_ n: Int) -> [[Int]] {
        (0..<(1 << n)).map { value in (0..<n).map { (value >> (n - 1 - $0)) & 1 } }
    }

    /// Whether `bits` contains two consecutive 1s.
    public static func hasConsecutiveOnes(_ bits: [Int]) -> Bool {
        zip(bits, bits.dropFirst()).contains { $0 == 1 && $1 == 1 }
    }
}
