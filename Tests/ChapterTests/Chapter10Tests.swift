import Companion
import Foundation
import Neural
import Testing

@testable import Chapter10

/// Chapter 10 against the book's text and figures and the numbers notebooks 10.1, 10.3 and 10.4
/// state.
@Suite struct Chapter10Tests {
    typealias C = Convolution1D

    @Test("Notebook 10.1: the sums 71.1, 69.6 and 68.3 of the hand-written loops; stride 2 keeps six of twelve")
    func notebook101Sums() {
        let x = C.signal
        #expect(C.significant(C.byHand(x, kernel: [0.33, 0.33, 0.33]).reduce(0, +)) == "71.1")
        #expect(C.significant(C.byHand(x, kernel: [Double](repeating: 0.2, count: 5)).reduce(0, +)) == "69.6")
        #expect(C.significant(C.byHand(x, kernel: [0.33, 0.33, 0.33], dilation: 2).reduce(0, +)) == "68.3")
        let full = C.byHand(x, kernel: [0.33, 0.33, 0.33])
        let strided = C.byHand(x, kernel: [0.33, 0.33, 0.33], stride: 2)
        #expect(strided.count == 6)
        #expect(strided == stride(from: 0, to: 12, by: 2).map { full[$0] })
    }

    @Test("Notebook 10.1's {:3.3}: three significant digits, always a decimal point")
    func significantDigits() {
        #expect(C.significant(71.06) == "71.1")
        #expect(C.significant(5.0) == "5.0")
        #expect(C.significant(10.03) == "10.0")
        #expect(C.significant(0.1234) == "0.123")
        #expect(C.significant(-3.35) == "-3.35")
    }

    @Test("Eq. 10.3's loops equal the core's Conv1d for every kernel size, stride and dilation")
    func loopsAgreeWithTheCore() {
        var random = NumPyRandomState(seed: 3)
        for (size, stride, dilation) in [(3, 1, 1), (3, 2, 1), (5, 1, 1), (3, 1, 2), (7, 3, 3), (5, 2, 2), (1, 1, 1)] {
            for length in [9, 12, 16] {
                let x = random.normal(count: length)
                let kernel = random.normal(count: size)
                let hand = C.byHand(x, kernel: kernel, stride: stride, dilation: dilation)
                let core = C.throughCore(x, kernel: kernel, stride: stride, dilation: dilation)
                #expect(hand.count == (length + stride - 1) / stride)
                #expect(zip(hand, core).allSatisfy { abs($0 - $1) < 1e-12 }, "K \(size), s \(stride), d \(dilation)")
            }
        }
    }

    @Test("Notebook 10.1: Ω·x with ω = [−1, 0.5, −0.2] gives the same answer as the convolution")
    func notebook101Matrix() {
        let m = C.matrix(inputs: 12, kernel: C.matrixKernel)
        let product = m * C.signal
        let loops = C.byHand(C.signal, kernel: C.matrixKernel)
        #expect(zip(product, loops).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test("Figure 10.4: 36 weights against 3 weights and a bias; a banded matrix and every other row of it")
    func figure104() {
        let dense = ParameterCounts.fullyConnected(inputs: 6, outputs: 6)
        #expect(dense.weights == 36 && dense.biases == 6)
        let conv = ParameterCounts.counted(Conv1d(1, 1, kernel: 3, padding: .same), input: .signal(length: 6))
        #expect(conv.weights == 3 && conv.biases == 1)
        let banded = ConvolutionalNetworks.numberedMatrix(inputs: 6, kernel: 3, padding: .same)
        let expected: [[Double]] = [
            [2, 3, 0, 0, 0, 0], [1, 2, 3, 0, 0, 0], [0, 1, 2, 3, 0, 0],
            [0, 0, 1, 2, 3, 0], [0, 0, 0, 1, 2, 3], [0, 0, 0, 0, 1, 2],
        ]
        #expect(Reference.rows(banded) == expected)
        let strided = ConvolutionalNetworks.numberedMatrix(inputs: 6, kernel: 3, stride: 2, padding: .same)
        #expect(Reference.rows(strided) == [expected[0], expected[2], expected[4]])
    }

    @Test("Figures 10.2 and 10.3: the equations read off Conv1d's matrix are the captions'")
    func figureEquations() {
        let padded = ConvolutionalNetworks.numberedMatrix(inputs: 8, kernel: 3, padding: .valid)
        let equation = { (row: Int) in
            ConvolutionalNetworks.paddedEquation(padded, row: row, output: "z_\(row + 1)", padding: [0, 7])
        }
        // Figure 10.2a–c: z_2 = ω_1x_1 + ω_2x_2 + ω_3x_3, z_3 = ω_1x_2 + ω_2x_3 + ω_3x_4, z_1 reaches a zero.
        #expect(equation(1) == "z_2 = \\omega_1x_{1} + \\omega_2x_{2} + \\omega_3x_{3}")
        #expect(equation(2) == "z_3 = \\omega_1x_{2} + \\omega_2x_{3} + \\omega_3x_{4}")
        #expect(equation(0) == "z_1 = \\omega_1·0 + \\omega_2x_{1} + \\omega_3x_{2}")
        // Figure 10.3a–b: with stride 2, z_1 is centred on x_1 and z_2 on x_3.
        let strided = ConvolutionalNetworks.numberedMatrix(inputs: 7, kernel: 3, stride: 2, padding: .valid)
        #expect(
            ConvolutionalNetworks.paddedEquation(strided, row: 1, output: "z_2", padding: [0])
                == "z_2 = \\omega_1x_{2} + \\omega_2x_{3} + \\omega_3x_{4}")
        // Figure 10.2d: a valid convolution of six inputs has four outputs.
        #expect(ConvolutionalNetworks.numberedMatrix(inputs: 6, kernel: 3, padding: .valid).rows == 4)
        for figure in ConvolutionalNetworks.figures { #expect(throws: Never.self) { try figure.makeFigure() } }
    }

    @Test("Section 10.2.3: dilation 2 is the kernel of five with its second and fourth weights zero")
    func dilationIsAZeroedKernelOfFive() {
        let omega = [0.7, -1.3, 0.4]
        let dilated = C.matrix(inputs: 9, kernel: omega, dilation: 2)
        let five = C.matrix(inputs: 9, kernel: [omega[0], 0, omega[1], 0, omega[2]])
        #expect(dilated.data == five.data)
        // Figure 10.3c: kernel size five sums the nearest five inputs.
        let numbered = ConvolutionalNetworks.numberedMatrix(inputs: 10, kernel: 5, padding: .valid)
        #expect(
            ConvolutionalNetworks.paddedEquation(
                numbered, row: 2, output: "z_3", padding: [0, 1, 8, 9], firstInput: -1)
                == "z_3 = \\omega_1x_{1} + \\omega_2x_{2} + \\omega_3x_{3} + \\omega_4x_{4} + \\omega_5x_{5}")
    }

    @Test("The chapter's opening: 224 × 224 RGB is 150,528 inputs, and 150,528² is 22 billion weights")
    func openingImage() {
        let inputs = ParameterCounts.openingImage.count
        #expect(inputs == 150_528)
        #expect(ConvolutionalNetworks.grouped(inputs * inputs) == "22,658,678,784")
        // MMDS §13.4: 224 output nodes take "over 33 million" weights.
        let mmds = ParameterCounts.fullyConnected(inputs: inputs, outputs: 224).weights
        #expect(mmds > 33_000_000 && mmds < 34_000_000)
    }

    @Test("MMDS examples 13.9–13.11: eq. 13.3, 76 parameters a filter, 4864 a layer, 112 × 112 × 64 after pooling")
    func mmdsExamples() {
        #expect(ParameterCounts.outputSide(input: 224, filter: 5, padding: 2) == 224)
        let layer = Conv2d(3, 64, kernel: 5, padding: .zeros(2))
        let counted = ParameterCounts.counted(layer, input: ParameterCounts.openingImage)
        #expect(counted.weights + counted.biases == 64 * 76)
        let output = layer.outputShape(for: ParameterCounts.openingImage)
        #expect(Pooling.max(2).outputShape(for: output) == .image(channels: 64, height: 112, width: 112))
        let vgg = ParameterCounts.vggLike
        #expect(vgg.map(\.output.spatial).prefix(10).map { $0[0] } == [224, 112, 112, 56, 56, 28, 28, 14, 14, 7])
        #expect(vgg[vgg.count - 2].output.count == 7 * 7 * 1024)
        #expect(vgg[0].parameters == 64 * (3 * 9 + 1))
    }

    @Test("Problem 10.1: circular padding is exactly equivariant; zero padding differs only near the ends")
    func equivariance() {
        let x = C.signal
        let kernel = C.matrixKernel
        for shift in 0..<12 {
            let a = Equivariance.convolve(
                Equivariance.translate(x, by: shift, circular: true), kernel: kernel, circular: true)
            let b = Equivariance.translate(
                Equivariance.convolve(x, kernel: kernel, circular: true), by: shift, circular: true)
            #expect(zip(a, b).allSatisfy { abs($0 - $1) < 1e-12 }, "shift \(shift)")
        }
        let (a, b) = Equivariance.bothWays(x, kernel: kernel, circular: false)
        // Closed form: outputs k − 1 (a zero came in) and N − 1 (a sample fell off) for K = 3, k = 2.
        #expect(x.indices.filter { abs(a[$0] - b[$0]) > 1e-12 } == [1, 11])
    }

    @Test(
        "Notebook 10.1's question: convolving twice is one convolution with the kernels convolved, away from the ends")
    func twiceIsOnce() {
        let kernel = [0.33, 0.33, 0.33]
        let single = C.composedKernel(kernel, kernel)
        #expect(zip(single, [1.0, 2, 3, 2, 1]).allSatisfy { abs($0 - 0.1089 * $1) < 1e-15 })
        let twice = C.byHand(C.byHand(C.signal, kernel: kernel, dilation: 2), kernel: kernel, dilation: 2)
        let once = C.byHand(C.signal, kernel: single, dilation: 2)
        #expect((2..<10).allSatisfy { abs(twice[$0] - once[$0]) < 1e-12 })
        #expect(abs(twice[0] - once[0]) > 0.1)
    }

    @Test("Notebook 10.3: the float32 loops match Conv2d to about 10⁻⁶, not to double precision; sizes 4 × 6 and 6 × 5")
    func notebook103() {
        var largest = 0.0
        for c in Convolution2D.notebookCases {
            let (image, weights) = Convolution2D.draw(
                batch: c.batch, channels: c.channels, height: c.height, width: c.width, outChannels: c.outChannels)
            let hand = Convolution2D.flat(Convolution2D.byHand(image, weights: weights, stride: c.stride))
            let core = Convolution2D.throughCore(image, weights: weights, stride: c.stride)
            #expect(core.count == c.batch && core[0].count == c.outChannels)
            let size: [Int] = [core[0][0].count, core[0][0][0].count]
            #expect(size == (c.stride == 1 ? [4, 6] : [6, 5]))
            let difference = zip(hand, Convolution2D.flat(core)).map { abs($0 - $1) }.max()!
            #expect(difference < 1e-5, "\(c.name)")
            largest = max(largest, difference)
        }
        #expect(largest > 1e-8)
    }

    @Test("MMDS §13.4.5: Yᵀ·G of the unfolded windows is the convolution, with padding and stride")
    func im2col() {
        var random = NumPyRandomState(seed: 4)
        for (stride, padding) in [(1, 1), (2, 0), (3, 2)] {
            let image = Convolution2D.tensor(random.normal(count: 3 * 7 * 8), 1, 3, 7, 8)
            let weights = Convolution2D.tensor(random.normal(count: 2 * 3 * 9), 2, 3, 3, 3)
            let product = Im2col.convolve(image[0], weights: weights, stride: stride, padding: padding)
            let layer = Conv2d(3, 2, kernel: 3, stride: stride, padding: .zeros(padding))
            let input = Shape.image(channels: 3, height: 7, width: 8)
            let core = CoreLayer.apply(
                layer, input: input, parameters: Convolution2D.flat(weights) + [0, 0],
                to: Convolution2D.flat(image))
            let positions = layer.outputShape(for: input).positions
            #expect(product.rows == positions && product.cols == 2)
            let byChannel = (0..<2).flatMap { o in (0..<positions).map { product[$0, o] } }
            #expect(zip(byChannel, core).allSatisfy { abs($0 - $1) < 1e-12 }, "stride \(stride), padding \(padding)")
        }
    }

    @Test("Notebook 10.4's patches through the chapter's operations: the values its definitions give")
    func notebook104Patches() {
        typealias R = Resolution
        #expect(R.subsample(R.patch) == [[1, 5], [4, 1]])
        #expect(R.maxPool(R.patch) == R.small)
        #expect(R.meanPool(R.patch) == [[3, 4], [5, 2]])
        #expect(R.duplicate(R.small) == [[6, 6, 8, 8], [6, 6, 8, 8], [8, 8, 4, 4], [8, 8, 4, 4]])
        #expect(R.bilinear(R.small) == [[6, 7, 8, 4], [7, 6.5, 6, 3], [8, 6, 4, 2], [4, 3, 2, 1]])
    }

    @Test("Notebook 10.4's chains: 96 → 12 → 96; mean pooling keeps the mean, sub-sampling keeps every eighth pixel")
    func notebook104Chains() {
        let image = TestPattern.image
        #expect(image.joined().allSatisfy { (0...1).contains($0) })
        let chains = Resolution.chains(of: image)
        for chain in chains { #expect(chain.images.map(\.count) == [96, 48, 24, 12, 24, 48, 96]) }
        let mean = { (x: [[Double]]) in x.joined().reduce(0, +) / Double(x.count * x[0].count) }
        #expect(abs(mean(chains[2].images[3]) - mean(image)) < 1e-12)
        // Sub-sampled three times then duplicated three times: block (i, j) holds pixel (8i, 8j).
        let roundTrip = chains[0].images[6]
        #expect(
            (0..<96).allSatisfy { r in (0..<96).allSatisfy { c in roundTrip[r][c] == image[r / 8 * 8][c / 8 * 8] } })
        // Max-unpooling back to full size keeps one value per 8 × 8 block: the block's maximum.
        let unpooled = chains[1].images[6]
        for (i, j) in [(0, 0), (5, 7), (11, 11)] {
            let block = (0..<8).flatMap { r in (0..<8).map { unpooled[8 * i + r][8 * j + $0] } }
            let original = (0..<8).flatMap { r in (0..<8).map { image[8 * i + r][8 * j + $0] } }
            #expect(block.filter { $0 != 0 } == [original.max()!])
        }
    }

    @Test func theDemosQuoteTheBooksNumbers() throws {
        let sink = TextSink()
        for demo in ConvolutionalNetworks.chapter.demos { try demo.run(Narrator(sink: sink, columns: 10_000)) }
        for number in ["71.1", "69.6", "68.3", "150,528", "22 billion", "36", "4864", "76", "112 × 112 × 64", "50,176"]
        {
            #expect(quotes(sink.text, number), "\(number)")
        }
    }
}
