/// Changing the resolution of a signal or image without learned weights (section 10.4,
/// notebook 10.4), on every spatial axis alike:
///
/// - ``Kind/subsample``: keep every second value, `y[i] = x[2i]`, `⌈N/2⌉` outputs
///   (figure 10.11a's down-sampling);
/// - ``Kind/duplicate``: copy every value into a block of two (2 × 2 for an image), `2N`
///   outputs (figure 10.12a's up-sampling);
/// - ``Kind/bilinear``: `2N` outputs; even positions copy the input, odd positions average it
///   with its next neighbour, and past the last value the neighbour is a zero — notebook 10.4's
///   rule, which pads one zero row and column at the end. The averages are kept as they are
///   (the notebook's text mentions rounding up, its code does not).
///
/// Each is linear, and its backward pass is its transpose.
public struct Resampling: ModelLayer {
    public enum Kind: Sendable, Hashable {
        case subsample
        case duplicate
        case bilinear
    }

    public var kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    public var description: String { "\(kind)" }

    public func outputShape(for input: Shape) -> Shape {
        precondition(!input.spatial.isEmpty, "resampling needs a signal or an image, got \(input)")
        return Shape(
            channels: input.channels, spatial: input.spatial.map { kind == .subsample ? ($0 + 1) / 2 : 2 * $0 })
    }

    /// The weights `(output index, input index, weight)` along one axis of `size` inputs.
    private func taps(_ size: Int) -> [(Int, Int, Double)] {
        switch kind {
        case .subsample:
            return (0..<((size + 1) / 2)).map { ($0, 2 * $0, 1) }
        case .duplicate:
            return (0..<(2 * size)).map { ($0, $0 / 2, 1) }
        case .bilinear:
            var taps: [(Int, Int, Double)] = []
            for i in 0..<size {
                taps.append((2 * i, i, 1))
                taps.append((2 * i + 1, i, 0.5))
                if i + 1 < size { taps.append((2 * i + 1, i + 1, 0.5)) }
            }
            return taps
        }
    }

    /// Every `(output position, input position, weight)` of one channel: the product of the
    /// axes' taps (a bilinear corner averages four values).
    private func weights(for input: Shape) -> [(Int, Int, Double)] {
        let axes = input.spatial.map(taps)
        let outputs = outputShape(for: input).spatial
        var all: [(Int, Int, Double)] = [(0, 0, 1)]
        for (a, axis) in axes.enumerated() {
            all = all.flatMap { o, i, w in
                axis.map { (o * outputs[a] + $0.0, i * input.spatial[a] + $0.1, w * $0.2) }
            }
        }
        return all
    }

    public func forward(
        _ x: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>,
        state: UnsafeMutableBufferPointer<Double>, mode: LayerMode, random: inout NumPyRandomState,
        cache: LayerCache
    ) -> Matrix {
        let output = outputShape(for: input)
        let n = x.cols
        var y = Matrix(rows: output.count, cols: n)
        for c in 0..<input.channels {
            for (o, i, w) in weights(for: input) {
                let (target, source) = ((c * output.positions + o) * n, (c * input.positions + i) * n)
                for k in 0..<n { y.data[target + k] += w * x.data[source + k] }
            }
        }
        return y
    }

    public func backward(
        _ outputGradient: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>, cache: LayerCache,
        gradient: UnsafeMutableBufferPointer<Double>
    ) -> Matrix {
        let output = outputShape(for: input)
        let n = outputGradient.cols
        var dx = Matrix(rows: input.count, cols: n)
        for c in 0..<input.channels {
            for (o, i, w) in weights(for: input) {
                let (target, source) = ((c * input.positions + i) * n, (c * output.positions + o) * n)
                for k in 0..<n { dx.data[target + k] += w * outputGradient.data[source + k] }
            }
        }
        return dx
    }
}

/// Max-unpooling as notebook 10.4 defines it (figure 10.12b): every value of the low-resolution
/// `x` (`h × w`) goes to the place of the largest value of the matching 2 × 2 block of the
/// high-resolution `reference` (`2h × 2w`, the first largest in row-major order on a tie, as
/// `np.argmax` picks), and the other three places are zero.
public func maxUnpool(_ x: [[Double]], reference: [[Double]]) -> [[Double]] {
    precondition(
        reference.count == 2 * x.count && reference.allSatisfy { $0.count == 2 * (x.first?.count ?? 0) },
        "the reference must be twice as high and wide as the input")
    var out = reference.map { $0.map { _ in 0.0 } }
    for i in x.indices {
        for j in x[i].indices {
            let block = [(2 * i, 2 * j), (2 * i, 2 * j + 1), (2 * i + 1, 2 * j), (2 * i + 1, 2 * j + 1)]
            let winner = block.indices.reduce(0) {
                reference[block[$1].0][block[$1].1] > reference[block[$0].0][block[$0].1] ? $1 : $0
            }
            out[block[winner].0][block[winner].1] = x[i][j]
        }
    }
    return out
}
