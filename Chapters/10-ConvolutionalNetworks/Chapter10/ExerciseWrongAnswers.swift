/// Plausible mistakes the exercise checks must reject (the test-suite feeds them in).
enum Wrong {
    /// A true convolution: the kernel flipped, as the footnote to eq. 10.3 warns.
    static func flipped(x: [Double], kernel: [Double]) throws -> [Double] {
        Convolution1D.byHand(x, kernel: kernel.reversed())
    }

    /// The kernel flipped in every 2-D convolution.
    static func flipped2d(image: Tensor4, weights: Tensor4, stride: Int) throws -> Tensor4 {
        try Reference.convolve2d(
            image: image, weights: weights.map { $0.map { $0.reversed().map { $0.reversed() } } }, stride: stride)
    }

    /// Stride 2 with the outputs centred on the odd inputs instead of the even ones.
    static func strideTwoOffByOne(x: [Double], kernel: [Double]) throws -> [Double] {
        let full = Convolution1D.byHand(x, kernel: kernel)
        return Swift.stride(from: 1, to: full.count, by: 2).map { full[$0] } + (x.count % 2 == 1 ? [0] : [])
    }

    /// Dilation read as the number of zeros between the taps (the book's first printing): taps
    /// `d + 1` apart.
    static func dilationAsZeros(x: [Double], kernel: [Double]) throws -> [Double] {
        Convolution1D.byHand(x, kernel: kernel, dilation: 3)
    }

    /// Notebook 10.4's bilinear with its prose's rounding up.
    static func bilinearRoundedUp(_ x: [[Double]]) throws -> [[Double]] {
        Resolution.bilinear(x).map { $0.map { $0.rounded(.up) } }
    }

    /// Bilinear that repeats the last row and column instead of padding with zeros.
    static func bilinearEdgeRepeated(_ x: [[Double]]) throws -> [[Double]] {
        let (h, w) = (x.count, x[0].count)
        let at = { (i: Int, j: Int) in x[min(i, h - 1)][min(j, w - 1)] }
        return (0..<(2 * h)).map { r in
            (0..<(2 * w)).map { c in
                let (i, j) = (r / 2, c / 2)
                let rows = r % 2 == 0 ? [i] : [i, i + 1]
                let cols = c % 2 == 0 ? [j] : [j, j + 1]
                let values = rows.flatMap { i in cols.map { at(i, $0) } }
                return values.reduce(0, +) / Double(values.count)
            }
        }
    }

    /// Max-unpooling that keeps the last maximum of a block on a tie.
    static func maxUnpoolLastOnTie(_ x: [[Double]], reference: [[Double]]) throws -> [[Double]] {
        var out = reference.map { $0.map { _ in 0.0 } }
        for i in x.indices {
            for j in x[i].indices {
                let block = [(2 * i, 2 * j), (2 * i, 2 * j + 1), (2 * i + 1, 2 * j), (2 * i + 1, 2 * j + 1)]
                let value = { (k: Int) in reference[block[k].0][block[k].1] }
                let winner = block.indices.reduce(0) { value($1) >= value($0) ? $1 : $0 }
                out[block[winner].0][block[winner].1] = x[i][j]
            }
        }
        return out
    }

    /// 2 × 2 blocks summarised by `f` (⌊H/2⌋ × ⌊W/2⌋).
    static func blocks(_ x: [[Double]], _ f: ([Double]) -> Double) -> [[Double]] {
        (0..<(x.count / 2)).map { (i: Int) -> [Double] in
            let (top, bottom) = (x[2 * i], x[2 * i + 1])
            return (0..<(x[0].count / 2)).map { (j: Int) -> Double in
                f([top[2 * j], top[2 * j + 1], bottom[2 * j], bottom[2 * j + 1]])
            }
        }
    }
}
