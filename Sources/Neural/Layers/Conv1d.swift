/// A 1-D convolutional layer (section 10.2, eq. 10.3, figures 10.2–10.3; PyTorch's `nn.Conv1d`):
/// `outChannels` kernels of `kernel` taps over `inChannels` channels, moved by `stride`, with
/// `dilation − 1` skipped inputs between taps (dilation 1 is the ordinary kernel, as in PyTorch
/// and notebook 10.1) and zero `padding`.
///
/// An input of length `N` gives `⌊(N + 2p − d(k − 1) − 1)/s⌋ + 1` outputs (figure 10.3).
public struct Conv1d: ConvolutionLayer {
    public let convolution: Convolution

    public init(
        _ inChannels: Int, _ outChannels: Int, kernel: Int, stride: Int = 1, dilation: Int = 1,
        padding: Padding = .valid, initialization: WeightInitialization = .pytorchDefault
    ) {
        precondition(inChannels > 0 && outChannels > 0, "Channel counts must be positive")
        convolution = Convolution(
            inChannels: inChannels, outChannels: outChannels, kernel: [kernel], stride: [stride],
            dilation: [dilation], padding: padding, initialization: initialization)
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

}

/// A 2-D convolutional layer (section 10.3, notebook 10.3; PyTorch's
/// `nn.Conv2d`): a square kernel, with the same stride, dilation and padding on both
/// axes.
public struct Conv2d: ConvolutionLayer {
    public let convolution: Convolution

    public init(
        _ inChannels: Int, _ outChannels: Int, kernel: Int, stride: Int = 1, dilation: Int = 1,
        padding: Padding = .valid, initialization: WeightInitialization = .pytorchDefault
    ) {
        precondition(inChannels > 0 && outChannels > 0, "Channel counts must be positive")
        convolution = Convolution(
            inChannels: inChannels, outChannels: outChannels, kernel: [kernel, kernel], stride: [stride, stride],
            dilation: [dilation, dilation], padding: padding, initialization: initialization)
    }

}
