import Foundation

/// How a ``Linear`` or convolutional layer's weights and biases start. The fan-in is the number
/// of inputs one output unit sees: `D_k` for a linear layer, `C_in · k` (or `C_in · k_h · k_w`)
/// for a convolution.
public enum WeightInitialization: Sendable, Hashable {
    /// Normal weights with the variance `scheme` gives (He, eq. 7.31, by default), zero biases.
    case normal(Initialization)
    /// PyTorch's `kaiming_uniform_(a)`: weights uniform on ±gain·√(3/fan_in) with
    /// gain = √(2/(1 + a²)), zero biases. Notebook 8.1 and later call it with a = 0 on their linear
    /// layers, which keeps He's variance 2/fan_in.
    case kaimingUniform(a: Double)
    /// PyTorch's default for `nn.Linear` and `nn.Conv*` when a notebook leaves a layer alone
    /// (notebooks 10.2 and 10.5's convolutions): `kaiming_uniform_` with a = √5, so weights are
    /// uniform on ±1/√fan_in, and biases uniform on ±1/√fan_in.
    case pytorchDefault

    /// `weights` values and then `biases` values, drawn in that order from `random`.
    func draw(weights: Int, biases: Int, fanIn: Int, fanOut: Int, random: inout NumPyRandomState) -> [Double] {
        let fan = Double(fanIn)
        switch self {
        case .normal(let scheme):
            let sigma = scheme.variance(inputSize: fanIn, outputSize: fanOut).squareRoot()
            return (0..<weights).map { _ in sigma * random.standardNormal() }
                + [Double](repeating: 0, count: biases)
        case .kaimingUniform(let a):
            let bound = (2 / (1 + a * a)).squareRoot() * (3 / fan).squareRoot()
            return random.uniform(low: -bound, high: bound, count: weights) + [Double](repeating: 0, count: biases)
        case .pytorchDefault:
            let bound = 1 / fan.squareRoot()
            return random.uniform(low: -bound, high: bound, count: weights)
                + random.uniform(low: -bound, high: bound, count: biases)
        }
    }
}
