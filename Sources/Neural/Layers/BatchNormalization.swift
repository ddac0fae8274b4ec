/// Batch normalization (section 11.4 of the book, seed 003 §5; PyTorch's `nn.BatchNorm1d/2d`):
/// every channel (every feature of a vector) is standardised over the batch and then scaled and
/// shifted by learned `γ` and `δ`:
///
///     m = mean of h,   s² = mean of (h − m)²,   h ← γ (h − m)/√(s² + ε) + δ.
///
/// The statistics run over the batch's examples and, for signals and images, over the positions
/// of the channel. Training mode uses the batch's statistics and updates running estimates as
/// PyTorch does — `r ← (1 − μ) r + μ · b` with momentum μ = 0.1 and the *unbiased* batch variance
/// (divided by n − 1) — so inference, which uses the running estimates, agrees with PyTorch. (The
/// seed's exponential smoothing has the same form, but with the biased variance.)
/// Parameters: `γ` (C, starting at 1), then `δ` (C, starting at 0). State: running means (C, 0),
/// then running variances (C, 1).
public struct BatchNormalization: ModelLayer {
    public var epsilon: Double
    public var momentum: Double

    public init(epsilon: Double = 1e-5, momentum: Double = 0.1) {
        self.epsilon = epsilon
        self.momentum = momentum
    }

    public var description: String { "BatchNorm" }

    public func outputShape(for input: Shape) -> Shape { input }
    public func isExampleWise(in mode: LayerMode) -> Bool { mode != .training }
    public func parameterCount(for input: Shape) -> Int { 2 * input.channels }
    public func stateCount(for input: Shape) -> Int { 2 * input.channels }
    public func initialParameters(for input: Shape, random: inout NumPyRandomState) -> [Double] {
        [Double](repeating: 1, count: input.channels) + [Double](repeating: 0, count: input.channels)
    }
    public func initialState(for input: Shape) -> [Double] {
        [Double](repeating: 0, count: input.channels) + [Double](repeating: 1, count: input.channels)
    }

    public func forward(
        _ x: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>,
        state: UnsafeMutableBufferPointer<Double>, mode: LayerMode, random: inout NumPyRandomState,
        cache: LayerCache
    ) -> Matrix {
        let (channels, width) = (input.channels, input.positions * x.cols)
        let count = Double(width)
        var y = x
        var normalized = mode == .training ? [Double](repeating: 0, count: x.count) : []
        var deviations = [Double](repeating: 0, count: channels)
        x.data.withUnsafeBufferPointer { h in
            for c in 0..<channels {
                let values = UnsafeBufferPointer(rebasing: h[(c * width)..<((c + 1) * width)])
                var (mean, variance) = (state[c], state[channels + c])
                if mode == .training {
                    mean = values.reduce(0, +) / count
                    variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / count
                    state[c] = (1 - momentum) * state[c] + momentum * mean
                    let unbiased = width > 1 ? variance * count / (count - 1) : variance
                    state[channels + c] = (1 - momentum) * state[channels + c] + momentum * unbiased
                }
                let deviation = (variance + epsilon).squareRoot()
                deviations[c] = deviation
                for k in 0..<width {
                    let z = (values[k] - mean) / deviation
                    if mode == .training { normalized[c * width + k] = z }
                    y.data[c * width + k] = parameters[c] * z + parameters[channels + c]
                }
            }
        }
        if mode == .training {
            cache.values = normalized
            cache.statistics = deviations
        }
        return y
    }

    /// With `z` the normalised values and `n` their count per channel:
    /// ∂L/∂γ = Σ g·z, ∂L/∂δ = Σ g and ∂L/∂h = γ/√(s² + ε) · (g − mean(g) − z · mean(g·z)).
    public func backward(
        _ outputGradient: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>, cache: LayerCache,
        gradient: UnsafeMutableBufferPointer<Double>
    ) -> Matrix {
        let (channels, width) = (input.channels, input.positions * outputGradient.cols)
        let count = Double(width)
        var dx = outputGradient
        for c in 0..<channels {
            var (sumG, sumGZ) = (0.0, 0.0)
            for k in 0..<width {
                let g = outputGradient.data[c * width + k]
                sumG += g
                sumGZ += g * cache.values[c * width + k]
            }
            gradient[c] = sumGZ
            gradient[channels + c] = sumG
            let scale = parameters[c] / cache.statistics[c]
            for k in 0..<width {
                let z = cache.values[c * width + k]
                dx.data[c * width + k] = scale * (outputGradient.data[c * width + k] - sumG / count - z * sumGZ / count)
            }
        }
        return dx
    }
}
