/// How to draw the initial weights `Ω_k` of a network; biases always start at zero.
///
/// Each weight is `σ · n` where `n` is a standard normal deviate supplied by the
/// caller, so any generator (for instance a NumPy-compatible one) can be plugged in.
public enum Initialization: Sendable, Hashable {
    /// He initialisation, variance `2 / D_k` (eq. 7.31): keeps the forward-pass variance
    /// of ReLU networks stable. PyTorch's `kaiming_normal_` (fan-in, gain √2) is the same.
    case he
    /// Glorot/Xavier initialisation, variance `2 / (D_k + D_{k+1})` (PyTorch `xavier_normal_`).
    /// Not the book's eq. 7.33, which is `.heAveraged`.
    case glorot
    /// Variance `4 / (D_k + D_{k+1})` (eq. 7.33): a compromise between the He values for the
    /// forward (eq. 7.31) and backward (eq. 7.32) passes.
    case heAveraged
    /// A given variance `σ²_Ω` for every layer (the experiments of figure 7.7 and notebook 7.3).
    case variance(Double)

    /// The weight variance for a layer with `inputSize` inputs and `outputSize` outputs.
    public func variance(inputSize: Int, outputSize: Int) -> Double {
        switch self {
        case .he: 2 / Double(inputSize)
        case .glorot: 2 / Double(inputSize + outputSize)
        case .heAveraged: 4 / Double(inputSize + outputSize)
        case .variance(let v): v
        }
    }
}

extension Layer {
    /// Redraws `Ω_k` with the variance `scheme` prescribes (row by row, drawing
    /// `normal()` once per weight) and sets `β_k` to zero.
    public mutating func initialize(_ scheme: Initialization, normal: () -> Double) {
        let sigma = scheme.variance(inputSize: inputSize, outputSize: outputSize).squareRoot()
        for i in weights.data.indices { weights.data[i] = sigma * normal() }
        biases = [Double](repeating: 0, count: outputSize)
    }
}
