/// How a convolution or pooling layer pads its input with zeros.
public enum Padding: Sendable, Hashable {
    /// No padding: only windows that lie wholly inside the input ("valid", figure 10.3a).
    case valid
    /// `p` zeros on both ends of every spatial axis (PyTorch's `padding=p`).
    case zeros(Int)
    /// As many zeros as keep `⌈N / s⌉` outputs for `N` inputs and stride `s`: `N` outputs when
    /// the stride is 1 (figure 10.2c). The total `max((⌈N/s⌉ − 1)·s + d(k − 1) + 1 − N, 0)` is
    /// split with the larger half first, so that with stride 2 and kernel 3 output i is centred on
    /// input 2i, as in figure 10.3a and notebook 10.1. (PyTorch refuses "same" with a stride above
    /// 1; TensorFlow puts the smaller half first. With stride 1 and an odd kernel all three agree.)
    case same

    /// The zeros before and after an axis of `size` inputs for a window of `span = d(k − 1) + 1`
    /// inputs moved by `stride`.
    func amounts(size: Int, span: Int, stride: Int) -> (before: Int, after: Int) {
        switch self {
        case .valid: return (0, 0)
        case .zeros(let p): return (p, p)
        case .same:
            let outputs = (size + stride - 1) / stride
            let total = max((outputs - 1) * stride + span - size, 0)
            return (total - total / 2, total / 2)
        }
    }
}

/// Where the windows of a convolution or pooling layer sit along one spatial axis.
struct AxisWindows: Hashable, Sendable {
    /// Inputs along the axis.
    let size: Int
    /// The window's length `k`, its step `s` and the spacing `d` of its taps (1: adjacent).
    let kernel: Int
    let stride: Int
    let dilation: Int
    /// Zeros before the first input.
    let padBefore: Int
    /// Outputs along the axis: `⌊(N + p_before + p_after − d(k − 1) − 1)/s⌋ + 1` (PyTorch's rule
    /// with `2p` split in two).
    let outputs: Int

    init(size: Int, kernel: Int, stride: Int, dilation: Int, padding: Padding) {
        precondition(kernel > 0 && stride > 0 && dilation > 0, "Kernel, stride and dilation must be positive")
        let span = dilation * (kernel - 1) + 1
        let (before, after) = padding.amounts(size: size, span: span, stride: stride)
        self.size = size
        self.kernel = kernel
        self.stride = stride
        self.dilation = dilation
        self.padBefore = before
        let free = size + before + after - span
        precondition(free >= 0, "A window of \(span) does not fit \(size) inputs with this padding")
        self.outputs = free / stride + 1
    }

    /// The input position that tap `j` of window `t` reads, or nil where it falls on padding.
    @inline(__always)
    func source(window t: Int, tap j: Int) -> Int? {
        let position = t * stride + j * dilation - padBefore
        return position >= 0 && position < size ? position : nil
    }
}
