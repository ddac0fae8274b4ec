/// Max or mean pooling (section 10.4.1, figure 10.11; PyTorch's `nn.MaxPool1d/2d` and
/// `nn.AvgPool1d/2d`): each output is the largest, or the mean, of a `kernel`-wide window of one
/// channel, the window moved by `stride` (the kernel size by default). No padding, as the
/// notebooks use it; the output count per axis is `⌊(N − k)/s⌋ + 1`.
public struct Pooling: ModelLayer {
    public enum Kind: Sendable, Hashable {
        case max
        case mean
    }

    public var kind: Kind
    /// Window and stride on every spatial axis of the input.
    public var kernel: Int
    public var stride: Int

    public init(_ kind: Kind, kernel: Int, stride: Int? = nil) {
        self.kind = kind
        self.kernel = kernel
        self.stride = stride ?? kernel
    }

    /// Max pooling over windows of `kernel`.
    public static func max(_ kernel: Int, stride: Int? = nil) -> Pooling {
        Pooling(.max, kernel: kernel, stride: stride)
    }
    /// Mean pooling over windows of `kernel`.
    public static func mean(_ kernel: Int, stride: Int? = nil) -> Pooling {
        Pooling(.mean, kernel: kernel, stride: stride)
    }

    public var description: String { "\(kind == .max ? "MaxPool" : "MeanPool")(k \(kernel), s \(stride))" }

    func unfolding(for input: Shape) -> Unfolding {
        precondition(
            input.spatial.count == 1 || input.spatial.count == 2, "pooling needs a 1-D or 2-D input, got \(input)")
        let axis = { AxisWindows(size: $0, kernel: kernel, stride: stride, dilation: 1, padding: .valid) }
        let flat = AxisWindows(size: 1, kernel: 1, stride: 1, dilation: 1, padding: .valid)
        return Unfolding(
            channels: input.channels, rows: input.spatial.count == 2 ? axis(input.spatial[0]) : flat,
            columns: axis(input.spatial.last!))
    }

    public func outputShape(for input: Shape) -> Shape {
        let u = unfolding(for: input)
        return Shape(
            channels: input.channels,
            spatial: input.spatial.count == 2 ? [u.rows.outputs, u.columns.outputs] : [u.columns.outputs])
    }

    public func forward(
        _ x: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>,
        state: UnsafeMutableBufferPointer<Double>, mode: LayerMode, random: inout NumPyRandomState,
        cache: LayerCache
    ) -> Matrix {
        let u = unfolding(for: input)
        let n = x.cols
        var y = Matrix(rows: input.channels * u.positions, cols: n)
        var winners = kind == .max ? [Int](repeating: 0, count: y.count) : []
        x.data.withUnsafeBufferPointer { src in
            y.data.withUnsafeMutableBufferPointer { out in
                u.forEachWindow { channel, p, sources in
                    let row = channel * u.positions + p
                    let target = out.baseAddress! + row * n
                    for (t, source) in sources.enumerated() {
                        let inputRow = channel * u.inputPositions + source
                        let from = src.baseAddress! + inputRow * n
                        for k in 0..<n {
                            switch kind {
                            case .max:
                                if t == 0 || from[k] > target[k] {
                                    target[k] = from[k]
                                    winners[row * n + k] = inputRow
                                }
                            case .mean:
                                target[k] += from[k] / Double(sources.count)
                            }
                        }
                    }
                }
            }
        }
        if mode == .training { cache.indices = winners }
        return y
    }

    /// Max pooling passes each output's gradient to the input that won; mean pooling spreads it
    /// evenly over the window.
    public func backward(
        _ outputGradient: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>, cache: LayerCache,
        gradient: UnsafeMutableBufferPointer<Double>
    ) -> Matrix {
        let u = unfolding(for: input)
        let n = outputGradient.cols
        var dx = Matrix(rows: input.count, cols: n)
        outputGradient.data.withUnsafeBufferPointer { d in
            dx.data.withUnsafeMutableBufferPointer { out in
                u.forEachWindow { channel, p, sources in
                    let row = channel * u.positions + p
                    for k in 0..<n {
                        switch kind {
                        case .max:
                            out[cache.indices[row * n + k] * n + k] += d[row * n + k]
                        case .mean:
                            for source in sources {
                                out[(channel * u.inputPositions + source) * n + k] +=
                                    d[row * n + k] / Double(sources.count)
                            }
                        }
                    }
                }
            }
        }
        return dx
    }
}

extension Unfolding {
    /// Calls `body(channel, outputPosition, inputPositions)` for every window, with the input
    /// positions of its taps in order (padding taps left out).
    func forEachWindow(_ body: (Int, Int, [Int]) -> Void) {
        var sources: [Int] = []
        for c in 0..<channels {
            for oy in 0..<rows.outputs {
                for ox in 0..<columns.outputs {
                    sources.removeAll(keepingCapacity: true)
                    for i in 0..<rows.kernel {
                        guard let sy = rows.source(window: oy, tap: i) else { continue }
                        for j in 0..<columns.kernel {
                            guard let sx = columns.source(window: ox, tap: j) else { continue }
                            sources.append(sy * columns.size + sx)
                        }
                    }
                    body(c, oy * columns.outputs + ox, sources)
                }
            }
        }
    }
}
