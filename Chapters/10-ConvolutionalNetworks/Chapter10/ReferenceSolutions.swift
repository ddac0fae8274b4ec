import Neural

/// Correct answers to the exercises, built on the chapter's convolutions and the Neural core.
/// `swift run ch10 check --reference` runs the checks on these.
enum Reference {
    static func circularConvolution(x: [Double], kernel: [Double]) throws -> [Double] {
        let (n, half) = (x.count, kernel.count / 2)
        return x.indices.map { i in
            kernel.indices.reduce(0.0) { sum, j in sum + kernel[j] * x[((i + j - half) % n + n) % n] }
        }
    }

    /// Zeros come in at the start: outputs k − h…k − 1 reach them; samples fall off the end:
    /// outputs N − h…N − 1 miss them (h = ⌊K/2⌋).
    static func zeroPaddingMismatch(length: Int, kernel: Int, shift: Int) throws -> [Int] {
        let half = kernel / 2
        let positions = Set(max(0, shift - half)..<shift).union(max(0, length - half)..<length)
        return positions.sorted()
    }

    static func strideTwoInputs(output i: Int) throws -> [Int] { [2 * i - 2, 2 * i - 1, 2 * i] }

    static func dilatedInputs(output i: Int) throws -> [Int] { [i - 2, i, i + 2] }

    /// Output i is centred on x_{s(i−1)+1}; tap j sits (j − (K+1)/2)·d from the centre.
    static func convolutionInputs(output i: Int, kernel: Int, stride: Int, dilation: Int) throws -> [Int] {
        let centre = stride * (i - 1) + 1
        return (1...kernel).map { centre + ($0 - (kernel + 1) / 2) * dilation }
    }

    static func weightMatrix(inputs: Int, kernel: [Double], stride: Int, dilation: Int) throws -> [[Double]] {
        rows(Convolution1D.matrix(inputs: inputs, kernel: kernel, stride: stride, dilation: dilation))
    }

    /// (a) 510² responses; (b) one pixel of padding; (c) each layer takes 2 pixels off the side:
    /// after 255 layers it is 2 × 2, too small for the 256th.
    static func mmds1341() throws -> [Int] {
        let side = ParameterCounts.outputSide(input: 512, filter: 3)
        return [side * side, 1, layersUntilEmpty(stride: 1)]
    }

    /// 512 → 170 → 56 → 18 → 6 → 2 → nothing.
    static func mmds1342() throws -> [Int] {
        let side = ParameterCounts.outputSide(input: 512, filter: 3, stride: 3)
        return [side * side, layersUntilEmpty(stride: 3)]
    }

    /// How many 3 × 3 layers of the given stride a 512-pixel side goes through until one has
    /// no output.
    static func layersUntilEmpty(stride: Int) -> Int {
        var (side, layers) = (512, 0)
        while side > 0 {
            side = ParameterCounts.outputSide(input: side, filter: 3, stride: stride)
            layers += 1
        }
        return layers
    }

    /// Each filter's activation map is pooled separately; the channels d of the filters do not
    /// matter.
    static func poolingOutputs(m: Int, k: Int, d: Int, f: Int, s: Int) throws -> Int {
        let side = (m - f) / s + 1
        return k * side * side
    }

    /// +1 where the feature is black, −1 where it is white, and a bias that leaves ½ for the exact
    /// feature: any other patch loses at least 1.
    static func featureFilter(feature: Int) throws -> (weights: [[Double]], bias: Double) {
        let target = MMDSFeatures.patterns[feature]
        let ones = Double(target.joined().reduce(0, +))
        return (target.map { $0.map { $0 == 1 ? 1.0 : -1.0 } }, 0.5 - ones)
    }

    static func convolve3(x: [Double], kernel: [Double]) throws -> [Double] {
        Convolution1D.byHand(x, kernel: kernel)
    }

    static func convolve3Stride2(x: [Double], kernel: [Double]) throws -> [Double] {
        Convolution1D.byHand(x, kernel: kernel, stride: 2)
    }

    static func convolve5(x: [Double], kernel: [Double]) throws -> [Double] {
        Convolution1D.byHand(x, kernel: kernel)
    }

    static func convolve3Dilation2(x: [Double], kernel: [Double]) throws -> [Double] {
        Convolution1D.byHand(x, kernel: kernel, dilation: 2)
    }

    static func convolutionMatrix3(inputs: Int, kernel: [Double]) throws -> [[Double]] {
        rows(Convolution1D.matrix(inputs: inputs, kernel: kernel))
    }

    static func twiceAsOneKernel(kernel: [Double]) throws -> [Double] {
        Convolution1D.composedKernel(kernel, kernel)
    }

    static func convolve2d(image: Tensor4, weights: Tensor4, stride: Int) throws -> Tensor4 {
        Convolution2D.throughCore(image, weights: weights, stride: stride)
    }

    static func subsampleImage(_ x: [[Double]]) throws -> [[Double]] { Resolution.subsample(x) }
    static func maxPoolImage(_ x: [[Double]]) throws -> [[Double]] { Resolution.maxPool(x) }
    static func meanPoolImage(_ x: [[Double]]) throws -> [[Double]] { Resolution.meanPool(x) }
    static func duplicateImage(_ x: [[Double]]) throws -> [[Double]] { Resolution.duplicate(x) }
    static func maxUnpoolImage(_ x: [[Double]], reference: [[Double]]) throws -> [[Double]] {
        maxUnpool(x, reference: reference)
    }
    static func bilinearImage(_ x: [[Double]]) throws -> [[Double]] { Resolution.bilinear(x) }

    /// A matrix as an array of rows.
    static func rows(_ m: Matrix) -> [[Double]] { (0..<m.rows).map { r in (0..<m.cols).map { m[r, $0] } } }
}
