import Foundation
import Testing

@testable import Neural

/// Output sizes, parameter counts and the notebooks' stated numbers for convolution and pooling.
@Suite struct LayerArithmeticTests {
    @Test("Output size ⌊1 + (N + 2p − d(k − 1) − 1)/s⌋ for every small case")
    func outputSizeRule() {
        for n in 5...12 {
            for k in 1...4 {
                for s in 1...3 {
                    for d in 1...2 {
                        for p in 0...2 where n + 2 * p >= d * (k - 1) + 1 {
                            let layer = Conv1d(1, 1, kernel: k, stride: s, dilation: d, padding: .zeros(p))
                            let expected = (n + 2 * p - d * (k - 1) - 1) / s + 1
                            #expect(layer.outputShape(for: .signal(length: n)).spatial == [expected])
                        }
                    }
                }
            }
        }
    }

    @Test("Same padding keeps ⌈N/s⌉ outputs")
    func samePadding() {
        for n in 5...13 {
            for s in 1...3 {
                for k in [1, 3, 5] {
                    let layer = Conv1d(1, 1, kernel: k, stride: s, padding: .same)
                    #expect(layer.outputShape(for: .signal(length: n)).spatial == [(n + s - 1) / s])
                }
            }
        }
    }

    @Test("Notebook 10.2's network: lengths 40 → 19 → 9 → 4, 4 × 15 = 60 features, 2050 parameters")
    func notebook102Network() {
        var random = NumPyRandomState(seed: 0)
        let model = Sequential(
            input: .signal(length: 40),
            [
                Conv1d(1, 15, kernel: 3, stride: 2), ActivationLayer(),
                Conv1d(15, 15, kernel: 3, stride: 2), ActivationLayer(),
                Conv1d(15, 15, kernel: 3, stride: 2), ActivationLayer(),
                Flatten(), Linear(10),
            ], random: &random)
        #expect(model.shapes.map(\.spatial) == [[40], [19], [19], [9], [9], [4], [4], [], []])
        #expect(model.shapes[7] == .vector(60))
        // (1·3 + 1)·15 + 2·(15·3 + 1)·15 + (60 + 1)·10
        #expect(model.parameterCount == 60 + 690 + 690 + 610)
    }

    @Test("Notebook 10.3, case 2: a 12 × 10 image, kernel 3, stride 2, padding 1 gives 6 × 5")
    func notebook103Size() {
        #expect(
            Conv2d(1, 1, kernel: 3, stride: 2, padding: .zeros(1)).outputShape(for: .image(height: 12, width: 10))
                .spatial == [6, 5])
    }

    /// Notebook 10.1's signal through its hand-written convolutions (zero padding keeps the length).
    private func convolve(kernel weights: [Double], stride: Int = 1, dilation: Int = 1) -> [Double] {
        let x = [5.2, 5.3, 5.4, 5.1, 10.1, 10.3, 9.9, 10.3, 3.2, 3.4, 3.3, 3.1]
        var random = NumPyRandomState(seed: 0)
        var model = Sequential(
            input: .signal(length: 12),
            [Conv1d(1, 1, kernel: weights.count, stride: stride, dilation: dilation, padding: .same)], random: &random)
        model.parameters = weights + [0]
        return model(Matrix(column: x)).data
    }

    @Test("Notebook 10.1's sums: 71.1, 69.6 and 68.3; stride 2 keeps every other output")
    func notebook101() {
        let three = convolve(kernel: [0.33, 0.33, 0.33])
        #expect(String(format: "%.3g", three.reduce(0, +)) == "71.1")
        #expect(String(format: "%.3g", convolve(kernel: [Double](repeating: 0.2, count: 5)).reduce(0, +)) == "69.6")
        #expect(String(format: "%.3g", convolve(kernel: [0.33, 0.33, 0.33], dilation: 2).reduce(0, +)) == "68.3")
        let strided = convolve(kernel: [0.33, 0.33, 0.33], stride: 2)
        #expect(strided.count == 6)
        #expect(strided == stride(from: 0, to: 12, by: 2).map { three[$0] })
        // Cross-correlation, not convolution: an asymmetric kernel is not flipped (eq. 10.3).
        let slope = convolve(kernel: [-0.5, 0, 0.5])
        #expect(abs(slope[1] - (0.5 * 5.4 - 0.5 * 5.2)) < 1e-12)
    }

    @Test("Pooling keeps ⌊(N − k)/s⌋ + 1 positions per axis")
    func poolingSizes() {
        #expect(
            Pooling.max(2).outputShape(for: .image(channels: 3, height: 5, width: 4))
                == .image(channels: 3, height: 2, width: 2))
        #expect(
            Pooling.mean(3, stride: 2).outputShape(for: .signal(channels: 2, length: 9))
                == .signal(channels: 2, length: 4))
    }
}

/// The printed summary and the dense matrix of a 1-D convolution.
@Suite struct LayerSummaryTests {
    @Test("The summary lists shapes and parameter counts of notebook 10.2's network")
    func summaryOfNotebook102() {
        var random = NumPyRandomState(seed: 0)
        let model = Sequential(
            input: .signal(length: 40),
            [
                Conv1d(1, 15, kernel: 3, stride: 2), ActivationLayer(), Conv1d(15, 15, kernel: 3, stride: 2),
                ActivationLayer(), Flatten(), Linear(10),
            ], random: &random)
        #expect(
            model.summary() == """
                layer                           output   parameters
                input                           1 × 40
                Conv1d(1→15, k 3, s 2, valid)   15 × 19          60
                relu                            15 × 19           0
                Conv1d(15→15, k 3, s 2, valid)  15 × 9          690
                relu                            15 × 9            0
                Flatten                         135               0
                Linear(10)                      10             1360
                total                                          2110

                """)
    }

    @Test("Notebook 10.1: the banded matrix times x equals the convolution (ω = −1, 0.5, −0.2)")
    func convolutionMatrix() {
        let x = [5.2, 5.3, 5.4, 5.1, 10.1, 10.3, 9.9, 10.3, 3.2, 3.4, 3.3, 3.1]
        let weights = [-1.0, 0.5, -0.2]
        for stride in [1, 2] {
            let layer = Conv1d(1, 1, kernel: 3, stride: stride, padding: .same)
            var random = NumPyRandomState(seed: 0)
            var model = Sequential(input: .signal(length: 12), [layer], random: &random)
            model.parameters = weights + [0]
            let m = layer.matrix(for: .signal(length: 12), parameters: weights + [0])
            #expect(m.rows == 12 / stride && m.cols == 12)
            #expect(close(Matrix.multiply(m, Matrix(column: x)).data, model(Matrix(column: x)).data, rtol: 1e-14))
            // Figure 10.4: a band of three weights per row, the rows stepping by the stride.
            #expect(m[1, stride - 1] == -1 && m[1, stride] == 0.5 && m[1, stride + 1] == -0.2)
            #expect((0..<m.rows).allSatisfy { i in (0..<12).filter { m[i, $0] != 0 }.count <= 3 })
        }
    }
}
