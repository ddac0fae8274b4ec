import COpenBLAS

/// A convolutional layer in one or two dimensions (section 10.2, eq. 10.3): each output channel
/// is a bias plus the weighted sum of a window of every input channel,
///
///     h_{o,p} = β_o + Σ_c Σ_t ω_{o,c,t} · x_{c, s·p + d·t − pad},
///
/// a cross-correlation, as the footnote to eq. 10.3 says and as deep-learning libraries compute
/// it. Parameters: the weights `(C_out, C_in, k…)` row by row, then the `C_out` biases — PyTorch's
/// layout. Computed as one matrix product over the unfolded input (`Unfolding`).
///
/// ``Conv1d`` and ``Conv2d`` are the layers; this type holds the settings and the arithmetic they
/// share (``ConvolutionLayer``).
public struct Convolution: Hashable, Sendable {
    let inChannels: Int
    let outChannels: Int
    /// Kernel, stride and dilation per spatial axis (one entry for 1-D, two for 2-D).
    let kernel: [Int]
    let stride: [Int]
    let dilation: [Int]
    let padding: Padding
    let initialization: WeightInitialization

    func unfolding(for input: Shape) -> Unfolding {
        precondition(
            input.channels == inChannels && input.spatial.count == kernel.count,
            "expects \(inChannels) channel(s) of \(kernel.count)-D input, got \(input)")
        let axes = kernel.indices.map {
            AxisWindows(
                size: input.spatial[$0], kernel: kernel[$0], stride: stride[$0], dilation: dilation[$0],
                padding: padding)
        }
        let flat = AxisWindows(size: 1, kernel: 1, stride: 1, dilation: 1, padding: .valid)
        return Unfolding(channels: inChannels, rows: axes.count == 2 ? axes[0] : flat, columns: axes.last!)
    }

    func outputShape(for input: Shape) -> Shape {
        let u = unfolding(for: input)
        return Shape(
            channels: outChannels,
            spatial: kernel.count == 2 ? [u.rows.outputs, u.columns.outputs] : [u.columns.outputs])
    }

    var fanIn: Int { inChannels * kernel.reduce(1, *) }
    var parameterCount: Int { (fanIn + 1) * outChannels }

    func initialParameters(random: inout NumPyRandomState) -> [Double] {
        initialization.draw(
            weights: fanIn * outChannels, biases: outChannels, fanIn: fanIn,
            fanOut: outChannels * kernel.reduce(1, *), random: &random)
    }

    func forward(_ x: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>, mode: LayerMode, cache: LayerCache)
        -> Matrix
    {
        let u = unfolding(for: input)
        let columns = u.unfold(x)
        let width = columns.cols
        var y = Matrix(rows: outChannels * u.positions, cols: x.cols)
        y.data.withUnsafeMutableBufferPointer { out in
            for o in 0..<outChannels {
                let b = parameters[fanIn * outChannels + o]
                for k in 0..<width { out[o * width + k] = b }
            }
            columns.data.withUnsafeBufferPointer { c in
                cblas_dgemm(
                    CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(outChannels), Int32(width), Int32(fanIn),
                    1, parameters.baseAddress, Int32(fanIn), c.baseAddress, Int32(width), 1, out.baseAddress,
                    Int32(width))
            }
        }
        if mode == .training { cache.input = columns }
        return y
    }

    /// ∂L/∂ω = δ·Xᵀ and ∂L/∂β = Σ δ over positions and examples, with `X` the unfolded input;
    /// ∂L/∂x folds ωᵀ·δ back onto the input positions.
    func backward(
        _ outputGradient: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>, cache: LayerCache,
        gradient: UnsafeMutableBufferPointer<Double>
    ) -> Matrix {
        let u = unfolding(for: input)
        let columns = cache.input
        let width = columns.cols
        var unfoldedGradient = Matrix(rows: fanIn, cols: width)
        outputGradient.data.withUnsafeBufferPointer { d in
            columns.data.withUnsafeBufferPointer { c in
                cblas_dgemm(
                    CblasRowMajor, CblasNoTrans, CblasTrans, Int32(outChannels), Int32(fanIn), Int32(width),
                    1, d.baseAddress, Int32(width), c.baseAddress, Int32(width), 0, gradient.baseAddress, Int32(fanIn))
            }
            for o in 0..<outChannels {
                var s = 0.0
                for k in 0..<width { s += d[o * width + k] }
                gradient[fanIn * outChannels + o] = s
            }
            unfoldedGradient.data.withUnsafeMutableBufferPointer { out in
                cblas_dgemm(
                    CblasRowMajor, CblasTrans, CblasNoTrans, Int32(fanIn), Int32(width), Int32(outChannels),
                    1, parameters.baseAddress, Int32(fanIn), d.baseAddress, Int32(width), 0, out.baseAddress,
                    Int32(width))
            }
        }
        return u.fold(unfoldedGradient, examples: outputGradient.cols)
    }
}

/// A layer that is one ``Convolution``: ``Conv1d`` and ``Conv2d``. The ``ModelLayer`` methods come
/// from the convolution.
public protocol ConvolutionLayer: ModelLayer {
    var convolution: Convolution { get }
}

extension ConvolutionLayer {
    public var description: String {
        let c = convolution
        return "Conv\(c.kernel.count)d(\(c.inChannels)→\(c.outChannels), k \(c.kernel[0]), s \(c.stride[0])"
            + (c.dilation[0] > 1 ? ", d \(c.dilation[0])" : "") + ", \(c.padding))"
    }

    public func outputShape(for input: Shape) -> Shape { convolution.outputShape(for: input) }
    public func parameterCount(for input: Shape) -> Int { convolution.parameterCount }
    public func weightRanges(for input: Shape) -> [Range<Int>] { [0..<(convolution.fanIn * convolution.outChannels)] }
    public func initialParameters(for input: Shape, random: inout NumPyRandomState) -> [Double] {
        convolution.initialParameters(random: &random)
    }

    public func forward(
        _ x: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>,
        state: UnsafeMutableBufferPointer<Double>, mode: LayerMode, random: inout NumPyRandomState,
        cache: LayerCache
    ) -> Matrix {
        convolution.forward(x, input: input, parameters: parameters, mode: mode, cache: cache)
    }

    public func backward(
        _ outputGradient: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>, cache: LayerCache,
        gradient: UnsafeMutableBufferPointer<Double>
    ) -> Matrix {
        convolution.backward(outputGradient, input: input, parameters: parameters, cache: cache, gradient: gradient)
    }
}
