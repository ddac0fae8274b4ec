import COpenBLAS

/// A transposed convolution (section 10.4's learned up-sampling, figure 10.13; PyTorch's
/// `nn.ConvTranspose1d/2d`): the adjoint of a convolution with the same kernel, stride,
/// dilation and padding, so each input value spreads a weighted copy of the kernel onto the
/// output. An input of length `N` gives `(N − 1)·s − 2p + d(k − 1) + 1` outputs.
///
/// Parameters in PyTorch's layout: the weights `(C_in, C_out, k…)` row by row, then the `C_out`
/// biases. Computed as the product `ωᵀ·x` folded back onto the output positions (`Unfolding`).
public struct ConvTranspose: ModelLayer {
    public let inChannels: Int
    public let outChannels: Int
    /// Kernel, stride, dilation and padding per spatial axis; one entry for 1-D, two for 2-D.
    public let kernel: [Int]
    public let stride: [Int]
    public let dilation: [Int]
    public let padding: [Int]
    public let initialization: WeightInitialization

    /// A 1-D transposed convolution.
    public static func oneDimensional(
        _ inChannels: Int, _ outChannels: Int, kernel: Int, stride: Int = 1, dilation: Int = 1, padding: Int = 0,
        initialization: WeightInitialization = .pytorchDefault
    ) -> ConvTranspose {
        ConvTranspose(
            inChannels: inChannels, outChannels: outChannels, kernel: [kernel], stride: [stride],
            dilation: [dilation], padding: [padding], initialization: initialization)
    }

    /// A 2-D transposed convolution with the same settings on both axes.
    public static func twoDimensional(
        _ inChannels: Int, _ outChannels: Int, kernel: Int, stride: Int = 1, dilation: Int = 1, padding: Int = 0,
        initialization: WeightInitialization = .pytorchDefault
    ) -> ConvTranspose {
        ConvTranspose(
            inChannels: inChannels, outChannels: outChannels, kernel: [kernel, kernel], stride: [stride, stride],
            dilation: [dilation, dilation], padding: [padding, padding], initialization: initialization)
    }

    public var description: String {
        "ConvTranspose\(kernel.count)d(\(inChannels)→\(outChannels), k \(kernel[0]), s \(stride[0]), p \(padding[0]))"
    }

    /// The convolution this layer is the adjoint of, seen from the output side.
    func unfolding(for input: Shape) -> Unfolding {
        precondition(
            input.channels == inChannels && input.spatial.count == kernel.count,
            "expects \(inChannels) channel(s) of \(kernel.count)-D input, got \(input)")
        let axes = kernel.indices.map { a in
            let size = (input.spatial[a] - 1) * stride[a] - 2 * padding[a] + dilation[a] * (kernel[a] - 1) + 1
            precondition(size > 0, "the padding leaves no output")
            return AxisWindows(
                size: size, kernel: kernel[a], stride: stride[a], dilation: dilation[a], padding: .zeros(padding[a]))
        }
        let flat = AxisWindows(size: 1, kernel: 1, stride: 1, dilation: 1, padding: .valid)
        return Unfolding(channels: outChannels, rows: axes.count == 2 ? axes[0] : flat, columns: axes.last!)
    }

    public func outputShape(for input: Shape) -> Shape {
        let u = unfolding(for: input)
        return Shape(
            channels: outChannels, spatial: kernel.count == 2 ? [u.rows.size, u.columns.size] : [u.columns.size])
    }

    /// `C_out · k…`: the rows of the unfolded output.
    private var unfoldedRows: Int { outChannels * kernel.reduce(1, *) }

    public func parameterCount(for input: Shape) -> Int { inChannels * unfoldedRows + outChannels }
    public func weightRanges(for input: Shape) -> [Range<Int>] { [0..<(inChannels * unfoldedRows)] }

    /// PyTorch computes the fan-in of a transposed convolution's weight from its second
    /// dimension: `C_out · k…`.
    public func initialParameters(for input: Shape, random: inout NumPyRandomState) -> [Double] {
        initialization.draw(
            weights: inChannels * unfoldedRows, biases: outChannels, fanIn: unfoldedRows,
            fanOut: inChannels * kernel.reduce(1, *), random: &random)
    }

    public func forward(
        _ x: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>,
        state: UnsafeMutableBufferPointer<Double>, mode: LayerMode, random: inout NumPyRandomState,
        cache: LayerCache
    ) -> Matrix {
        let u = unfolding(for: input)
        let width = input.positions * x.cols
        var unfolded = Matrix(rows: unfoldedRows, cols: width)
        x.data.withUnsafeBufferPointer { h in
            unfolded.data.withUnsafeMutableBufferPointer { out in
                cblas_dgemm(
                    CblasRowMajor, CblasTrans, CblasNoTrans, Int32(unfoldedRows), Int32(width), Int32(inChannels),
                    1, parameters.baseAddress, Int32(unfoldedRows), h.baseAddress, Int32(width), 0, out.baseAddress,
                    Int32(width))
            }
        }
        var y = u.fold(unfolded, examples: x.cols)
        let block = u.inputPositions * x.cols
        for o in 0..<outChannels {
            let b = parameters[inChannels * unfoldedRows + o]
            for k in 0..<block { y.data[o * block + k] += b }
        }
        if mode == .training { cache.input = x }
        return y
    }

    /// ∂L/∂x = ω · unfold(∂L/∂y), ∂L/∂ω = x · unfold(∂L/∂y)ᵀ, ∂L/∂β = Σ ∂L/∂y per channel.
    public func backward(
        _ outputGradient: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>, cache: LayerCache,
        gradient: UnsafeMutableBufferPointer<Double>
    ) -> Matrix {
        let u = unfolding(for: input)
        let n = outputGradient.cols
        let width = input.positions * n
        let unfolded = u.unfold(outputGradient)
        var dx = Matrix(rows: input.count, cols: n)
        unfolded.data.withUnsafeBufferPointer { d in
            cache.input.data.withUnsafeBufferPointer { h in
                cblas_dgemm(
                    CblasRowMajor, CblasNoTrans, CblasTrans, Int32(inChannels), Int32(unfoldedRows), Int32(width),
                    1, h.baseAddress, Int32(width), d.baseAddress, Int32(width), 0, gradient.baseAddress,
                    Int32(unfoldedRows))
            }
            dx.data.withUnsafeMutableBufferPointer { out in
                cblas_dgemm(
                    CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(inChannels), Int32(width), Int32(unfoldedRows),
                    1, parameters.baseAddress, Int32(unfoldedRows), d.baseAddress, Int32(width), 0, out.baseAddress,
                    Int32(width))
            }
        }
        let block = u.inputPositions * n
        for o in 0..<outChannels {
            var s = 0.0
            for k in 0..<block { s += outputGradient.data[o * block + k] }
            gradient[inChannels * unfoldedRows + o] = s
        }
        return dx
    }
}
