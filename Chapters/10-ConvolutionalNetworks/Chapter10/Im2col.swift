import Neural

/// MMDS §13.4.5: a convolution as one matrix product. Each window of the (zero-padded) input is
/// flattened into a column of `Y` (`C·f²` rows, one column per output position), the kernels
/// into the columns of `G` (`C·f²` × `C_out`), and `Yᵀ·G` holds every output, a column per
/// output channel. The core's `Conv2d` works the same way (its `Unfolding`).
enum Im2col {
    /// `Y` for one image `(C, H, W)`, `f × f` windows moved by `stride`, `padding` zeros round it.
    static func unfold(_ image: [[[Double]]], filter f: Int, stride: Int, padding: Int) -> Matrix {
        let (channels, height, width) = (image.count, image[0].count, image[0][0].count)
        let outHeight = (height + 2 * padding - f) / stride + 1
        let outWidth = (width + 2 * padding - f) / stride + 1
        return Matrix(rows: channels * f * f, cols: outHeight * outWidth) { row, column in
            let (c, tap) = (row / (f * f), row % (f * f))
            let y = (column / outWidth) * stride + tap / f - padding
            let x = (column % outWidth) * stride + tap % f - padding
            return (0..<height).contains(y) && (0..<width).contains(x) ? image[c][y][x] : 0
        }
    }

    /// `G`: the weights `(C_out, C, f, f)`, each kernel flattened into a column.
    static func kernels(_ weights: Tensor4) -> Matrix {
        let flat = weights.map { $0.flatMap { $0.flatMap { $0 } } }
        return Matrix(rows: flat[0].count, cols: flat.count) { row, column in flat[column][row] }
    }

    /// `Yᵀ·G` for one image: a row per output position, a column per output channel.
    static func convolve(_ image: [[[Double]]], weights: Tensor4, stride: Int, padding: Int) -> Matrix {
        unfold(image, filter: weights[0][0].count, stride: stride, padding: padding).transposed()
            * kernels(weights)
    }
}
