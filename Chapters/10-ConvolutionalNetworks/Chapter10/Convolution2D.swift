import Neural

/// A batch of images or a bank of kernels in PyTorch's order: `[b][c][y][x]` for images
/// `(B, C, H, W)`, `[o][c][y][x]` for weights `(C_out, C_in, k, k)`.
public typealias Tensor4 = [[[[Double]]]]

/// Two-dimensional convolution as notebook 10.3 writes it: zero padding of one pixel, a square
/// kernel, no bias, the loops in the order batch → y → x → output channel → input channel → kernel
/// row → kernel column, compared with the core's `Conv2d` (PyTorch's `conv2d`, the notebook's
/// reference).
enum Convolution2D {
    /// Notebook 10.3's four cases: image `(B, C_in, H, W)`, `C_out` kernels of 3 × 3, stride.
    static let notebookCases:
        [(name: String, batch: Int, channels: Int, height: Int, width: Int, outChannels: Int, stride: Int)] = [
            ("one channel", 1, 1, 4, 6, 1, 1),
            ("stride 2", 1, 1, 12, 10, 1, 2),
            ("five channels in, two out", 1, 5, 4, 6, 2, 1),
            ("a batch of two", 2, 5, 4, 6, 2, 1),
        ]

    /// A case's image and weights as the notebook draws them: `np.random.seed(1)`, the image
    /// first, then the weights, both standard normal in C order.
    static func draw(batch: Int, channels: Int, height: Int, width: Int, outChannels: Int) -> (
        image: Tensor4, weights: Tensor4
    ) {
        var random = NumPyRandomState(seed: 1)
        let image = random.normal(count: batch * channels * height * width)
        let weights = random.normal(count: outChannels * channels * 9)
        return (
            tensor(image, batch, channels, height, width), tensor(weights, outChannels, channels, 3, 3)
        )
    }

    /// Flat values in C order as a `(a, b, c, d)` tensor.
    static func tensor(_ values: [Double], _ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Tensor4 {
        (0..<a).map { i in
            (0..<b).map { j in
                (0..<c).map { k in Array(values[(((i * b + j) * c + k) * d)..<(((i * b + j) * c + k) * d + d)]) }
            }
        }
    }

    static func flat(_ t: Tensor4) -> [Double] { t.flatMap { $0.flatMap { $0.flatMap { $0 } } } }

    /// The notebook's loops, accumulating into single precision as its `np.float32` output
    /// array does (each sum is rounded to `Float` after every product is added).
    static func byHand(_ image: Tensor4, weights: Tensor4, stride: Int) -> Tensor4 {
        let k = weights[0][0].count
        let pad = 1
        let (height, width) = (image[0][0].count, image[0][0][0].count)
        let outHeight = (height + 2 * pad - k) / stride + 1
        let outWidth = (width + 2 * pad - k) / stride + 1
        return image.map { example in
            var out = [[[Float]]](
                repeating: [[Float]](repeating: [Float](repeating: 0, count: outWidth), count: outHeight),
                count: weights.count)
            for y in 0..<outHeight {
                for x in 0..<outWidth {
                    for o in weights.indices {
                        for c in example.indices {
                            for ky in 0..<k {
                                for kx in 0..<k {
                                    let (sy, sx) = (y * stride + ky - pad, x * stride + kx - pad)
                                    guard (0..<height).contains(sy) && (0..<width).contains(sx) else { continue }
                                    out[o][y][x] = Float(
                                        Double(out[o][y][x]) + example[c][sy][sx] * weights[o][c][ky][kx])
                                }
                            }
                        }
                    }
                }
            }
            return out.map { $0.map { $0.map(Double.init) } }
        }
    }

    /// The core's `Conv2d` (padding 1, no bias) on the same batch, in double precision.
    static func throughCore(_ image: Tensor4, weights: Tensor4, stride: Int) -> Tensor4 {
        let (channels, height, width) = (image[0].count, image[0][0].count, image[0][0][0].count)
        let layer = Conv2d(channels, weights.count, kernel: weights[0][0].count, stride: stride, padding: .zeros(1))
        let input = Shape.image(channels: channels, height: height, width: width)
        let output = layer.outputShape(for: input)
        let parameters = flat(weights) + [Double](repeating: 0, count: weights.count)
        let values = image.flatMap { example in
            CoreLayer.apply(layer, input: input, parameters: parameters, to: example.flatMap { $0.flatMap { $0 } })
        }
        return tensor(values, image.count, output.channels, output.spatial[0], output.spatial[1])
    }
}
