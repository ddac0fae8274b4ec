/// The windows of a convolution over a batch, unfolded into columns ("im2col", MMDS §13.4) so
/// the whole layer is one matrix product.
///
/// Row `c·K + t` of the unfolded matrix holds tap `t` (of `K = k_h·k_w`, row by row) of input
/// channel `c`; column `p·N + n` holds output position `p` of example `n`. The weights of
/// PyTorch's `(C_out, C_in, k_h, k_w)` tensor, row by row, are then a `C_out × C_in·K` matrix,
/// and their product with the unfolded input is already the output batch in ``Shape``'s layout:
/// `C_out·P` rows by `N` columns.
struct Unfolding: Hashable, Sendable {
    let channels: Int
    /// The vertical and horizontal windows (a 1-D signal has a height of one).
    let rows: AxisWindows
    let columns: AxisWindows

    /// Taps per channel, `K`.
    var taps: Int { rows.kernel * columns.kernel }
    /// Output positions per channel, `P`.
    var positions: Int { rows.outputs * columns.outputs }
    /// Input positions per channel.
    var inputPositions: Int { rows.size * columns.size }

    /// The unfolded batch: `C·K` rows, `P·N` columns.
    func unfold(_ x: Matrix) -> Matrix {
        let n = x.cols
        var unfolded = Matrix(rows: channels * taps, cols: positions * n)
        let width = positions * n
        x.data.withUnsafeBufferPointer { src in
            unfolded.data.withUnsafeMutableBufferPointer { out in
                forEachTap { row, channel, p, source in
                    (out.baseAddress! + row * width + p * n)
                        .update(from: src.baseAddress! + (channel * inputPositions + source) * n, count: n)
                }
            }
        }
        return unfolded
    }

    /// The adjoint of `unfold`: adds every column block back onto the input position it came from
    /// (the input gradient of a convolution).
    func fold(_ unfolded: Matrix, examples n: Int) -> Matrix {
        var x = Matrix(rows: channels * inputPositions, cols: n)
        let width = positions * n
        unfolded.data.withUnsafeBufferPointer { src in
            x.data.withUnsafeMutableBufferPointer { out in
                forEachTap { row, channel, p, source in
                    let target = out.baseAddress! + (channel * inputPositions + source) * n
                    let from = src.baseAddress! + row * width + p * n
                    for k in 0..<n { target[k] += from[k] }
                }
            }
        }
        return x
    }

    /// Calls `body(row, channel, outputPosition, inputPosition)` for every tap that reads an input
    /// rather than padding.
    @inline(__always)
    private func forEachTap(_ body: (Int, Int, Int, Int) -> Void) {
        for c in 0..<channels {
            for i in 0..<rows.kernel {
                for j in 0..<columns.kernel {
                    let row = (c * rows.kernel + i) * columns.kernel + j
                    for oy in 0..<rows.outputs {
                        guard let sy = rows.source(window: oy, tap: i) else { continue }
                        for ox in 0..<columns.outputs {
                            guard let sx = columns.source(window: ox, tap: j) else { continue }
                            body(row, c, oy * columns.outputs + ox, sy * columns.size + sx)
                        }
                    }
                }
            }
        }
    }
}
