import Companion
import Foundation
import Neural
import Plot
import Testing

@testable import Chapter10

/// Chapter 10's trainings: notebook 10.2's CNN beside notebook 8.1's MLP on MNIST-1D against
/// PyTorch's runs of the same recipes (`Benchmarks/pytorch_cnn_mnist1d.py`,
/// `Benchmarks/pytorch_mnist1d.py`), and notebook 10.5's generated digits against the
/// statistics a digit image must have.
@Suite struct Chapter10TrainingTests {
    /// Final test errors (%) of PyTorch's 100-epoch CNN and 50-epoch MLP runs, seeds 0, 1, 2
    /// (`--runs 3` on `udl dataset mnist1d`'s files).
    static let pyTorchCNNTestErrors = [8.9, 11.2, 10.0]
    static let pyTorchMLPTestErrors = [38.6, 37.8, 37.6]
    /// Test errors (%) of PyTorch's CNN after 2 epochs, seeds 0–19 (`--runs 20 --epochs 2`).
    static let pyTorchShortCNNTestErrors = [
        65.4, 60.6, 64.8, 63.8, 69.6, 65.5, 69.6, 61.1, 61.6, 73.4, 62.9, 63.5, 66.5, 62.3, 61.8, 60.5, 59.4, 69.2,
        62.4, 75.9,
    ]

    /// Test accuracies (%) of PyTorch's notebook-10.5 network after 3 epochs on the generated digits the
    /// committed run trains on, seeds 0, 1, 2 (`udl dataset digits` then `Benchmarks/pytorch_digits.py`).
    static let pyTorchDigitAccuracies = [93.15, 91.85, 92.53]

    /// A band around PyTorch's seeds: their range widened by `margin` percentage points either way.
    static func band(_ errors: [Double], margin: Double) -> ClosedRange<Double> {
        (errors.min()! - margin)...(errors.max()! + margin)
    }

    @Test("Notebook 10.2: the committed CNN run lands in PyTorch's band, several times below the MLP's error")
    func committedMNIST1DRuns() {
        let (mlp, cnn) = MNIST1DComparisonFile.committedCurves
        #expect(mlp.count == 50 && cnn.count == 100)
        let cnnError = 100 * cnn.last!.testError
        let mlpError = 100 * mlp.last!.testError
        #expect(Self.band(Self.pyTorchCNNTestErrors, margin: 2).contains(cnnError))
        #expect(Self.band(Self.pyTorchMLPTestErrors, margin: 3).contains(mlpError))
        #expect(mlpError > 3 * cnnError)
        #expect(MNIST1DComparisonFile.committedKernels.count == 15)
    }

    @Test("Notebook 10.2's recipe for 2 epochs lands where PyTorch's 20 seeds of the same 2 epochs do")
    func shortCNNRun() throws {
        let run = try MNIST1DRecipe.cnn.train(on: MNIST1DComparison.data, epochs: 2, seed: 0)
        let error = 100 * run.history.final!.testError!
        #expect(Self.band(Self.pyTorchShortCNNTestErrors, margin: 3).contains(error), "test error \(error) %")
    }

    @Test("Notebook 10.5 on generated digits: the committed run starts at chance and ends in PyTorch's band")
    func committedDigitsRun() {
        let records = DigitsFile.committed
        #expect(records.map(\.epoch) == [0, 1, 2, 3])
        #expect(records[0].testError > 0.8)
        let accuracy = 100 * (1 - records.last!.testError)
        #expect(Self.band(Self.pyTorchDigitAccuracies, margin: 2).contains(accuracy), "accuracy \(accuracy) %")
        #expect(zip(records, records.dropFirst()).allSatisfy { $0.testLoss > $1.testLoss })
    }

    @Test("The first-layer kernels are the first 60 parameters: 15 × 3 weights, then 15 biases")
    func firstLayerKernels() {
        let phi = (0..<2050).map(Double.init)
        let kernels = MNIST1DComparison.firstLayerKernels(phi)
        #expect(kernels.count == 15)
        #expect(kernels[0] == MNIST1DComparison.Kernel(weights: [0, 1, 2], bias: 45))
        #expect(kernels[14] == MNIST1DComparison.Kernel(weights: [42, 43, 44], bias: 59))
    }

    @Test("Notebook 10.5's network: 28 → 24 → 12 → 8 → 4, 320 values into the linear layers, 21,840 parameters")
    func digitClassifierShapes() {
        var random = NumPyRandomState(seed: 0)
        let network = DigitClassifier.network(random: &random)
        #expect(network.shapes[8].description == "320")
        #expect(network.shapes[1].description == "10 × 24 × 24" && network.shapes[4].description == "20 × 8 × 8")
        // (25 + 1)·10 + (250 + 1)·20 + (320 + 1)·50 + (50 + 1)·10
        #expect(network.parameterCount == 21_840)
    }

    static let digits = try? DigitData.generated(count: 200, seed: 11)

    @Test("Generated digits: every class about a tenth, ink like MNIST's, centred, the same bytes from the same seed")
    func generatedDigitStatistics() throws {
        let digits = try #require(Self.digits)
        #expect(digits.height == 28 && digits.width == 28 && digits.count == 200)
        let counts = (0..<10).map { c in digits.labels.count { $0 == c } }
        #expect(counts.allSatisfy { (8...32).contains($0) }, "class counts \(counts)")
        // MNIST's pixel mean is 0.1307 with standard deviation 0.3081.
        let (mean, sd) = digits.pixelStatistics
        #expect((0.08...0.2).contains(mean) && (0.2...0.4).contains(sd), "mean \(mean), sd \(sd)")
        for index in 0..<digits.count {
            let image = digits.image(index)
            let ink = image.reduce(0, +)
            let x = image.enumerated().reduce(0.0) { $0 + $1.element * Double($1.offset % 28) } / ink
            let y = image.enumerated().reduce(0.0) { $0 + $1.element * Double($1.offset / 28) } / ink
            #expect(
                ink > 20 && abs(x - 13.5) < 4 && abs(y - 13.5) < 4, "image \(index): ink \(ink), centre (\(x), \(y))")
        }
        #expect(try DigitData.generated(count: 20, seed: 11) == digits.slice(0..<20))
    }
}
