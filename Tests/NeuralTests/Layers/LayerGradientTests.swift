import Testing

@testable import Neural

/// Every layer's backward pass against central differences of its forward pass: the loss
/// `L = Σ w ⊙ y` with fixed random weights `w`, so `∂L/∂y = w`.
@Suite struct LayerGradientTests {
    /// The layer's backward pass and finite differences, for the input and for the parameters.
    private func check(
        _ layer: any ModelLayer, input shape: Shape, examples n: Int = 3, seed: UInt32 = 1,
        tolerance: Double = 1e-6
    ) {
        var rng = NumPyRandomState(seed: seed)
        let x = rng.matrix(shape.count, n)
        let theta = (0..<layer.parameterCount(for: shape)).map { _ in
            rng.uniform(low: 0.5, high: 1.5) * (rng.uniform() < 0.5 ? -1 : 1)
        }
        let outputCount = layer.outputShape(for: shape).count * n
        let w = rng.matrix(outputCount / n, n)
        let state = layer.initialState(for: shape)

        func loss(_ x: Matrix, _ theta: [Double]) -> Double {
            var random = NumPyRandomState(seed: 99)
            var s = state
            let y = theta.withUnsafeBufferPointer { p in
                s.withUnsafeMutableBufferPointer { st in
                    layer.forward(
                        x, input: shape, parameters: p, state: st, mode: .training, random: &random, cache: LayerCache()
                    )
                }
            }
            #expect(y.rows * y.cols == outputCount)
            return zip(y.data, w.data).reduce(0) { $0 + $1.0 * $1.1 }
        }

        let cache = LayerCache()
        var random = NumPyRandomState(seed: 99)
        var s = state
        var gradient = [Double](repeating: .nan, count: theta.count)
        let dx = theta.withUnsafeBufferPointer { p in
            s.withUnsafeMutableBufferPointer { st in
                _ = layer.forward(
                    x, input: shape, parameters: p, state: st, mode: .training, random: &random, cache: cache)
                return gradient.withUnsafeMutableBufferPointer { g in
                    layer.backward(w, input: shape, parameters: p, cache: cache, gradient: g)
                }
            }
        }
        let numericX = FiniteDifferences.gradient({ loss(Matrix(rows: x.rows, cols: n, data: $0), theta) }, at: x.data)
        #expect(close(dx.data, numericX, rtol: tolerance, atol: tolerance), "\(layer): ∂L/∂x")
        if !theta.isEmpty {
            let numericTheta = FiniteDifferences.gradient({ loss(x, $0) }, at: theta)
            #expect(close(gradient, numericTheta, rtol: tolerance, atol: tolerance), "\(layer): ∂L/∂θ")
        }
    }

    @Test func linear() { check(Linear(4), input: .vector(5)) }
    @Test func linearOnAnImage() { check(Linear(3), input: .image(channels: 2, height: 2, width: 3)) }
    @Test(arguments: [Activation.relu, .tanh, .sigmoid, .leakyReLU(slope: 0.1)])
    func activation(_ a: Activation) { check(ActivationLayer(a), input: .signal(channels: 2, length: 5)) }
    @Test func flatten() { check(Flatten(), input: .image(channels: 2, height: 3, width: 2)) }

    @Test(arguments: [(1, 1, Padding.valid), (2, 1, .valid), (2, 1, .zeros(1)), (1, 2, .same), (3, 2, .same)])
    func conv1d(stride: Int, dilation: Int, padding: Padding) {
        check(
            Conv1d(2, 3, kernel: 3, stride: stride, dilation: dilation, padding: padding),
            input: .signal(channels: 2, length: 9))
    }

    @Test(arguments: [(1, 1, Padding.valid), (2, 1, .zeros(1)), (1, 2, .same), (2, 1, .same)])
    func conv2d(stride: Int, dilation: Int, padding: Padding) {
        check(
            Conv2d(2, 3, kernel: 3, stride: stride, dilation: dilation, padding: padding),
            input: .image(channels: 2, height: 6, width: 7))
    }

    @Test func maxPooling1d() { check(Pooling.max(2), input: .signal(channels: 2, length: 7)) }
    @Test func maxPooling2dOverlapping() {
        check(Pooling.max(3, stride: 2), input: .image(channels: 2, height: 5, width: 6))
    }
    @Test func meanPooling() { check(Pooling.mean(2), input: .image(channels: 3, height: 4, width: 4)) }

    @Test(arguments: [Resampling.Kind.subsample, .duplicate, .bilinear])
    func resampling(_ kind: Resampling.Kind) {
        check(Resampling(kind), input: .signal(channels: 2, length: 5))
        check(Resampling(kind), input: .image(channels: 2, height: 3, width: 4))
    }

    @Test func transposedConvolution() {
        check(
            ConvTranspose.oneDimensional(2, 3, kernel: 3, stride: 2, padding: 1), input: .signal(channels: 2, length: 5)
        )
        check(
            ConvTranspose.twoDimensional(2, 2, kernel: 2, stride: 2, dilation: 2),
            input: .image(channels: 2, height: 3, width: 3))
    }

    @Test func residualBlock() {
        check(
            Residual([Conv1d(2, 2, kernel: 3, padding: .same), BatchNormalization(), ActivationLayer(.tanh)]),
            input: .signal(channels: 2, length: 6), examples: 3)
    }

    @Test(arguments: [false, true])
    func dropout(channels: Bool) { check(Dropout(0.4, channels: channels), input: .signal(channels: 3, length: 4)) }

    @Test func inputNoise() { check(InputNoise(sigma: 0.5), input: .vector(4)) }

    @Test func batchNormalizationOfFeatures() { check(BatchNormalization(), input: .vector(4), examples: 6) }
    @Test func batchNormalizationOfChannels() {
        check(BatchNormalization(), input: .signal(channels: 3, length: 5), examples: 4)
    }
}
