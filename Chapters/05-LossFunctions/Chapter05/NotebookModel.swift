import Neural

/// The shallow network shared by notebooks 5.1–5.3: one input, three ReLU hidden units
/// with a fixed first layer β_0 = (0.3, −1.0, −0.5), Ω_0 = (−1.0, 1.8, 0.65), and K
/// linear outputs β_1 + Ω_1 h. Inputs are the 20 points `BookData.x20`.
public enum NotebookModel {
    /// The 20 training inputs of notebooks 5.1–5.3.
    public static let x = BookData.x20

    /// The notebooks' fixed first layer.
    static let firstLayer = Layer(weights: Matrix(column: [-1.0, 1.8, 0.65]), biases: [0.3, -1.0, -0.5])

    /// Notebook 5.1's second layer (regression): β_1 = 0.1, Ω_1 = (−2, −1, 7).
    public static let regressionBias = 0.1
    static let regressionWeights: [[Double]] = [[-2.0, -1.0, 7.0]]
    /// Notebook 5.1's standard deviation σ = 0.2.
    public static let sigma = 0.2
    /// Notebook 5.2's second layer (binary): β_1 = 2.6, Ω_1 = (−24, −8, 50).
    public static let binaryBias = 2.6
    static let binaryWeights: [[Double]] = [[-24.0, -8.0, 50.0]]
    /// Notebook 5.3's second layer (three classes).
    public static let multiclassBias = [2.0, -2.0, 0.0]
    static let multiclassWeights: [[Double]] = [[-24.0, -8.0, 50.0], [-2.0, 8.0, -30.0], [16.0, -8.0, -8.0]]

    /// The network with output layer Ω_1, β_1.
    static func network(weights: [[Double]], biases: [Double]) -> Network {
        Network(layers: [firstLayer, Layer(weights: Matrix(weights), biases: biases)])
    }

    /// Outputs (one row per output, one column per input) at inputs `x`.
    static func outputs(_ x: [Double], weights: [[Double]], biases: [Double]) -> [[Double]] {
        let f = network(weights: weights, biases: biases)(Matrix(row: x))
        return (0..<f.rows).map { f.row($0) }
    }

    /// Notebook 5.1: the predicted mean μ = f[x, φ] for output bias β_1.
    public static func regression(_ x: [Double], beta1: Double = regressionBias) -> [Double] {
        outputs(x, weights: regressionWeights, biases: [beta1])[0]
    }

    /// Notebook 5.2: the network output f[x, φ] (before the sigmoid) for output bias β_1.
    public static func binaryLogits(_ x: [Double], beta1: Double = binaryBias) -> [Double] {
        outputs(x, weights: binaryWeights, biases: [beta1])[0]
    }

    /// Notebook 5.3: the three outputs (rows) before the softmax; `beta10` replaces β_1[0],
    /// the entry notebook 5.3 sweeps.
    public static func multiclassLogits(_ x: [Double], beta10: Double = multiclassBias[0]) -> [[Double]] {
        outputs(x, weights: multiclassWeights, biases: [beta10] + multiclassBias.dropFirst())
    }

    /// NumPy's `arange(start, stop, step)`: element i is `start + i·step`.
    static func arange(_ start: Double, _ stop: Double, _ step: Double) -> [Double] {
        let count = Int(((stop - start) / step).rounded(.up))
        return (0..<count).map { start + Double($0) * step }
    }

    /// The offsets notebook 5.1 sweeps, `arange(0, 1, 0.01)`.
    public static let regressionOffsets = arange(0, 1, 0.01)
    /// The standard deviations notebook 5.1 sweeps, `arange(0.1, 0.5, 0.005)`.
    public static let sigmas = arange(0.1, 0.5, 0.005)
    /// The offset notebook 5.1 fixes before sweeping σ.
    public static let bestRegressionOffset = 0.27
    /// The offsets notebooks 5.2 and 5.3 sweep, `arange(−2, 6, 0.1)`.
    public static let classificationOffsets = arange(-2, 6, 0.1)
}
