import Foundation
import Testing

@testable import Neural

/// The layers against PyTorch in double precision (`Benchmarks/pytorch_layer_parity.py`, values
/// in `PyTorchParityValues.swift`): forward and backward of convolutions with stride, dilation and
/// padding, pooling, batch normalization in both modes, and two training steps of a small CNN.
@Suite struct PyTorchParityTests {
    /// `sin(a·i + b)` (or cos) for i = 0, 1, …: the script's inputs, in PyTorch's order.
    static func wave(_ count: Int, _ a: Double, _ b: Double, cosine: Bool = false) -> [Double] {
        (0..<count).map { cosine ? cos(a * Double($0) + b) : sin(a * Double($0) + b) }
    }

    /// A batch in our layout (one example per column) from values in PyTorch's `(N, C, …)` order.
    static func batch(_ values: [Double], examples n: Int) -> Matrix {
        let size = values.count / n
        return Matrix(rows: size, cols: n) { r, k in values[k * size + r] }
    }

    /// A batch back in PyTorch's order.
    static func torchOrder(_ m: Matrix) -> [Double] {
        (0..<m.cols).flatMap { k in (0..<m.rows).map { m[$0, k] } }
    }

    /// Forward and backward of `layer` on the script's wave input and upstream gradient.
    private func run(
        _ layer: any ModelLayer, input: Shape, examples n: Int, parameters: [Double] = [],
        mode: LayerMode = .training
    ) -> (output: [Double], inputGradient: [Double], parameterGradient: [Double]) {
        let x = Self.batch(Self.wave(input.count * n, 0.37, 0.1), examples: n)
        let cache = LayerCache()
        var random = NumPyRandomState(seed: 0)
        var state = layer.initialState(for: input)
        var gradient = [Double](repeating: 0, count: parameters.count)
        let outputCount = layer.outputShape(for: input).count
        let upstream = Self.batch(Self.wave(outputCount * n, 0.19, 0.3, cosine: true), examples: n)
        let (y, dx) = parameters.withUnsafeBufferPointer { p in
            state.withUnsafeMutableBufferPointer { s in
                let y = layer.forward(
                    x, input: input, parameters: p, state: s, mode: mode, random: &random, cache: cache)
                let dx = gradient.withUnsafeMutableBufferPointer { g in
                    layer.backward(upstream, input: input, parameters: p, cache: cache, gradient: g)
                }
                return (y, dx)
            }
        }
        return (Self.torchOrder(y), Self.torchOrder(dx), gradient)
    }

    private func convolutionParameters(weights: Int, biases: Int) -> [Double] {
        Self.wave(weights, 0.23, 0.4, cosine: true) + Self.wave(biases, 0.5, 0.2)
    }

    private func expectAgree(_ ours: [Double], _ torch: [Double], _ what: String) {
        #expect(ours.count == torch.count, "\(what): \(ours.count) values against PyTorch's \(torch.count)")
        #expect(close(ours, torch, rtol: 1e-12, atol: 1e-12), "\(what)")
    }

    @Test func conv1dWithStridePaddingAndDilation() {
        let r = run(
            Conv1d(2, 3, kernel: 3, stride: 2, dilation: 2, padding: .zeros(1)),
            input: .signal(channels: 2, length: 11),
            examples: 2, parameters: convolutionParameters(weights: 18, biases: 3))
        expectAgree(r.output, TorchValues.conv1dOutput, "output")
        expectAgree(r.inputGradient, TorchValues.conv1dInputGradient, "∂L/∂x")
        expectAgree(r.parameterGradient, TorchValues.conv1dWeightGradient + TorchValues.conv1dBiasGradient, "∂L/∂θ")
    }

    @Test func conv2dWithStrideAndPadding() {
        let r = run(
            Conv2d(2, 2, kernel: 3, stride: 2, padding: .zeros(1)), input: .image(channels: 2, height: 6, width: 5),
            examples: 2, parameters: convolutionParameters(weights: 36, biases: 2))
        expectAgree(r.output, TorchValues.conv2dOutput, "output")
        expectAgree(r.inputGradient, TorchValues.conv2dInputGradient, "∂L/∂x")
        expectAgree(r.parameterGradient, TorchValues.conv2dWeightGradient + TorchValues.conv2dBiasGradient, "∂L/∂θ")
    }

    @Test func conv2dDilated() {
        let r = run(
            Conv2d(1, 2, kernel: 2, dilation: 2), input: .image(channels: 1, height: 5, width: 6), examples: 1,
            parameters: convolutionParameters(weights: 8, biases: 2))
        expectAgree(r.output, TorchValues.conv2dDilatedOutput, "output")
        expectAgree(r.inputGradient, TorchValues.conv2dDilatedInputGradient, "∂L/∂x")
        expectAgree(
            r.parameterGradient, TorchValues.conv2dDilatedWeightGradient + TorchValues.conv2dDilatedBiasGradient,
            "∂L/∂θ")
    }

    @Test func transposedConvolutions() {
        let one = run(
            ConvTranspose.oneDimensional(2, 3, kernel: 3, stride: 2, padding: 1),
            input: .signal(channels: 2, length: 5),
            examples: 2, parameters: convolutionParameters(weights: 18, biases: 3))
        expectAgree(one.output, TorchValues.convTranspose1dOutput, "1-D output")
        expectAgree(one.inputGradient, TorchValues.convTranspose1dInputGradient, "1-D ∂L/∂x")
        expectAgree(
            one.parameterGradient, TorchValues.convTranspose1dWeightGradient + TorchValues.convTranspose1dBiasGradient,
            "1-D ∂L/∂θ")
        let two = run(
            ConvTranspose.twoDimensional(1, 2, kernel: 3, stride: 2, dilation: 2, padding: 1),
            input: .image(channels: 1, height: 3, width: 4), examples: 1,
            parameters: convolutionParameters(weights: 18, biases: 2))
        expectAgree(two.output, TorchValues.convTranspose2dOutput, "2-D output")
        expectAgree(two.inputGradient, TorchValues.convTranspose2dInputGradient, "2-D ∂L/∂x")
        expectAgree(
            two.parameterGradient, TorchValues.convTranspose2dWeightGradient + TorchValues.convTranspose2dBiasGradient,
            "2-D ∂L/∂θ")
    }

    @Test func pooling() {
        let max2d = run(Pooling.max(2), input: .image(channels: 2, height: 4, width: 5), examples: 2)
        expectAgree(max2d.output, TorchValues.maxPool2dOutput, "max pooling 2-D")
        expectAgree(max2d.inputGradient, TorchValues.maxPool2dInputGradient, "max pooling 2-D, ∂L/∂x")
        let overlapping = run(Pooling.max(3, stride: 2), input: .signal(channels: 2, length: 9), examples: 2)
        expectAgree(overlapping.output, TorchValues.maxPool1dOverlappingOutput, "overlapping max pooling")
        expectAgree(overlapping.inputGradient, TorchValues.maxPool1dOverlappingInputGradient, "overlapping, ∂L/∂x")
        let mean = run(Pooling.mean(2), input: .signal(channels: 3, length: 6), examples: 2)
        expectAgree(mean.output, TorchValues.meanPool1dOutput, "mean pooling")
        expectAgree(mean.inputGradient, TorchValues.meanPool1dInputGradient, "mean pooling, ∂L/∂x")
    }

    @Test func batchNormalizationInBothModes() {
        let layer = BatchNormalization()
        let shape = Shape.signal(channels: 3, length: 4)
        let parameters = Self.wave(3, 0.5, 0.2, cosine: true).map { $0 + 1 } + Self.wave(3, 0.7, 0.1)
        let r = run(layer, input: shape, examples: 5, parameters: parameters)
        expectAgree(r.output, TorchValues.batchNormOutput, "training-mode output")
        expectAgree(r.inputGradient, TorchValues.batchNormInputGradient, "∂L/∂x")
        expectAgree(r.parameterGradient, TorchValues.batchNormParameterGradient, "∂L/∂γ, ∂L/∂δ")

        var random = NumPyRandomState(seed: 0)
        var state = layer.initialState(for: shape)
        let x = Self.batch(Self.wave(60, 0.37, 0.1), examples: 5)
        let test = Self.batch(Self.wave(24, 0.41, 0.7), examples: 2)
        let inference = parameters.withUnsafeBufferPointer { p in
            state.withUnsafeMutableBufferPointer { s in
                _ = layer.forward(
                    x, input: shape, parameters: p, state: s, mode: .training, random: &random, cache: LayerCache())
                return layer.forward(
                    test, input: shape, parameters: p, state: s, mode: .inference, random: &random, cache: LayerCache())
            }
        }
        expectAgree(state, TorchValues.batchNormRunningStatistics, "running mean and unbiased variance")
        expectAgree(Self.torchOrder(inference), TorchValues.batchNormInferenceOutput, "inference-mode output")
    }

    @Test(
        "Notebook 10.3's four cases, drawn as the notebook draws them (seed 1, image then weights)",
        arguments: [
            (1, 1, 1, 4, 6, 1, 1), (2, 1, 1, 12, 10, 1, 2), (3, 1, 5, 4, 6, 2, 1), (4, 2, 5, 4, 6, 2, 1),
        ])
    func notebook103(_ case: Int, batch: Int, channels: Int, height: Int, width: Int, outChannels: Int, stride: Int) {
        var rng = NumPyRandomState(seed: 1)
        let image = rng.normal(count: batch * channels * height * width)
        let weights = rng.normal(count: outChannels * channels * 9)
        var random = NumPyRandomState(seed: 0)
        var model = Sequential(
            input: .image(channels: channels, height: height, width: width),
            [Conv2d(channels, outChannels, kernel: 3, stride: stride, padding: .zeros(1))], random: &random)
        model.parameters = weights + [Double](repeating: 0, count: outChannels)
        let output = Self.torchOrder(model(Self.batch(image, examples: batch)))
        let expected = [
            TorchValues.notebook103Case1, TorchValues.notebook103Case2, TorchValues.notebook103Case3,
            TorchValues.notebook103Case4,
        ][`case` - 1]
        expectAgree(output, expected, "case \(`case`)")
    }

    @Test func twoTrainingStepsOfASmallCNN() throws {
        var random = NumPyRandomState(seed: 0)
        var model = Sequential(
            input: .signal(length: 13),
            [
                Conv1d(1, 3, kernel: 3, stride: 2), ActivationLayer(.relu),
                Conv1d(3, 2, kernel: 3, padding: .zeros(1)), ActivationLayer(.relu),
                Flatten(), Linear(4),
            ], random: &random)
        let sizes = [9, 3, 18, 2, 48, 4]
        model.parameters = sizes.enumerated().flatMap { k, count in
            Self.wave(count, 0.29 + 0.1 * Double(k), 0.3 * Double(k), cosine: true).map { $0 * 0.5 }
        }
        let data = Dataset(x: Self.batch(Self.wave(78, 0.37, 0.1), examples: 6), y: [0, 3, 1, 2, 2, 0])
        let trainer = Trainer(
            loss: CrossEntropy(reduction: .mean), optimizer: PyTorchMomentum(learningRate: 0.1, momentum: 0.9),
            batchSize: nil, epochs: 2, evaluation: .never, workers: 1)
        var losses: [Double] = []
        _ = try trainer.train(&model, on: data, random: &random, onStep: { losses.append($0.batchLoss) })
        #expect(abs(losses[1] - TorchValues.trainingStepLoss) < 1e-12)
        expectAgree(model.parameters, TorchValues.trainingStepParameters, "parameters after two steps")
    }
}
