/// Dropout (section 9.3.3, figure 9.8): in training mode every value (or, with `channels`, every
/// whole channel of an example — PyTorch's `nn.Dropout2d`) is set to zero with probability `p`.
///
/// With the `.inverted` rule (PyTorch's) the survivors are multiplied by 1/(1 − p) while training,
/// so inference uses the network as it is. With `.weightScaling` (the book's rule) training leaves
/// the survivors as they are and inference multiplies every value by 1 − p, which is the same as
/// scaling the next layer's weights. In ``LayerMode/monteCarlo`` mode the masks stay on, for
/// Monte Carlo dropout.
///
/// The masks are drawn in training mode from the trainer's generator, one uniform number per value
/// (per channel) in the batch's storage order, so they do not depend on how a batch is split.
public struct Dropout: ModelLayer {
    public enum Rule: Sendable, Hashable {
        case inverted
        case weightScaling
    }

    /// The probability of dropping.
    public var p: Double
    /// Whether whole channels are dropped together.
    public var channels: Bool
    public var rule: Rule

    public init(_ p: Double, channels: Bool = false, rule: Rule = .inverted) {
        precondition(p >= 0 && p < 1, "The dropout probability must lie in [0, 1)")
        self.p = p
        self.channels = channels
        self.rule = rule
    }

    public var description: String { "\(channels ? "Dropout2d" : "Dropout")(p \(p))" }

    public func outputShape(for input: Shape) -> Shape { input }
    public func isExampleWise(in mode: LayerMode) -> Bool { mode == .inference }

    public func forward(
        _ x: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>,
        state: UnsafeMutableBufferPointer<Double>, mode: LayerMode, random: inout NumPyRandomState,
        cache: LayerCache
    ) -> Matrix {
        guard mode != .inference else { return rule == .inverted ? x : x * (1 - p) }
        let keep = rule == .inverted ? 1 / (1 - p) : 1
        let n = x.cols
        let block = channels ? input.positions : 1
        let draws = random.uniform(count: x.count / block)
        var mask = [Double](repeating: 0, count: x.count)
        for row in 0..<x.rows {
            for k in 0..<n {
                let draw = channels ? draws[(row / block) * n + k] : draws[row * n + k]
                mask[row * n + k] = draw < p ? 0 : keep
            }
        }
        if mode == .training { cache.values = mask }
        var y = x
        for i in y.data.indices { y.data[i] *= mask[i] }
        return y
    }

    public func backward(
        _ outputGradient: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>, cache: LayerCache,
        gradient: UnsafeMutableBufferPointer<Double>
    ) -> Matrix {
        var dx = outputGradient
        for i in dx.data.indices { dx.data[i] *= cache.values[i] }
        return dx
    }
}
