/// A 1-D convolutional layer (section 10.2, eq. 10.3, figures 10.2–10.3; PyTorch's `nn.Conv1d`):
/// `outChannels` kernels of `kernel` taps over `inChannels` channels, moved by `stride`, with
/// `dilation − 1` skipped inputs between taps (dilation 1 is the ordinary kernel, as in PyTorch
/// and notebook 10.1) and zero `padding`.
///
/// An input of length `N` gives `⌊(N + 2p − d(k − 1) − 1)/s⌋ + 1` outputs (figure 10.3).
public struct Conv1d: ModelLayer {
    let convolution: Convolution

    public init(
        _ inChannels: Int, _ outChannels: Int, kernel: Int, stride: Int = 1, dilation: Int = 1,
        padding: Padding = .valid, initialization: WeightInitialization = .pytorchDefault
    ) {
        precondition(inChannels > 0 && outChannels > 0, "Channel counts must be positive")
        convolution = Convolution(
            inChannels: inChannels, outChannels: outChannels, kernel: [kernel], stride: [stride],
            dilation: [dilation], padding: padding, initialization: initialization)
    }

    public var description: String {
        let c = convolution
        return "Conv1d(\(c.inChannels)→\(c.outChannels), k \(c.kernel[0]), s \(c.stride[0])"
            + (c.dilation[0] > 1 ? ", d \(c.dilation[0])" : "") + ", \(c.padding))"
    }

    /// The same map as a matrix (figure 10.4, notebook 10.1's `get_conv_mat`): the weights of
    /// `parameters` placed so that `matrix · x` is the layer's output for an input `x` of shape
    /// `input` before the biases are added. Row `o·P + p` holds output `p` of channel `o`; column
    /// `c·N + i` input `i` of channel `c`.
    public func matrix(for input: Shape, parameters: [Double]) -> Matrix {
        let c = convolution
        precondition(parameters.count == c.parameterCount, "Expected \(c.parameterCount) parameters")
        let u = c.unfolding(for: input)
        var m = Matrix(rows: c.outChannels * u.positions, cols: input.count)
        let axis = u.columns
        for o in 0..<c.outChannels {
            for channel in 0..<c.inChannels {
                for t in 0..<axis.kernel {
                    for p in 0..<axis.outputs {
                        guard let source = axis.source(window: p, tap: t) else { continue }
                        m[o * axis.outputs + p, channel * axis.size + source] +=
                            parameters[(o * c.inChannels + channel) * axis.kernel + t]
                    }
                }
            }
        }
        return m
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

/// A 2-D convolutional layer (section 10.3, notebook 10.3; PyTorch's
/// `nn.Conv2d`): square or rectangular kernels, the same stride, dilation and padding on both
/// axes as given.
public struct Conv2d: ModelLayer {
    let convolution: Convolution

    public init(
        _ inChannels: Int, _ outChannels: Int, kernel: Int, stride: Int = 1, dilation: Int = 1,
        padding: Padding = .valid, initialization: WeightInitialization = .pytorchDefault
    ) {
        precondition(inChannels > 0 && outChannels > 0, "Channel counts must be positive")
        convolution = Convolution(
            inChannels: inChannels, outChannels: outChannels, kernel: [kernel, kernel], stride: [stride, stride],
            dilation: [dilation, dilation], padding: padding, initialization: initialization)
    }

    public var description: String {
        let c = convolution
        return "Conv2d(\(c.inChannels)→\(c.outChannels), k \(c.kernel[0]), s \(c.stride[0])"
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
