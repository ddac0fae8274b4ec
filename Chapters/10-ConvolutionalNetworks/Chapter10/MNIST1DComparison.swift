import Neural

/// Notebook 10.2 beside notebook 8.1: the convolutional network of section 10.2 (three Conv1d
/// layers of 15 channels, kernel 3, stride 2, then a linear layer 60 → 10) and the fully
/// connected 40-100-100-10 network of chapter 8, each trained with its notebook's recipe
/// (``MNIST1DRecipe``) on the same MNIST-1D (4000 training and 1000 test examples), from seed 0.
/// The convolutional network has 2,050 parameters against 15,210, and a test error several
/// times lower: its kernels are shared along the signal, so a pattern learned at one position
/// is recognised at every other.
enum MNIST1DComparison {
    static let seed: UInt32 = 0
    static let data = MNIST1D.published

    /// One epoch of one model's training: errors as fractions.
    struct Row: Equatable {
        var epoch: Int
        var trainError, testError, trainLoss, testLoss: Double
    }

    /// A kernel of the first convolution: its three weights and its bias.
    struct Kernel: Equatable {
        var weights: [Double]
        var bias: Double
    }

    /// The 15 first-layer kernels of the CNN with parameters `phi` (PyTorch's layout: the
    /// 15 × 1 × 3 weights row by row, then the 15 biases).
    static func firstLayerKernels(_ phi: [Double]) -> [Kernel] {
        (0..<15).map { Kernel(weights: Array(phi[(3 * $0)..<(3 * $0 + 3)]), bias: phi[45 + $0]) }
    }

    static func rows(_ history: TrainingHistory) -> [Row] {
        history.epochs.map {
            Row(
                epoch: $0.epoch, trainError: $0.trainError!, testError: $0.testError!, trainLoss: $0.trainLoss,
                testLoss: $0.testLoss!)
        }
    }

    /// Both trainings with their recipes' epochs; `onEpoch(recipe, record)` sees every epoch.
    static func run(onEpoch: ((MNIST1DRecipe, EpochRecord) -> Void)? = nil) throws -> (
        mlp: [Row], cnn: [Row], kernels: [Kernel]
    ) {
        let mlp = try MNIST1DRecipe.mlp.train(on: data, seed: seed) { onEpoch?(.mlp, $0) }
        let cnn = try MNIST1DRecipe.cnn.train(on: data, seed: seed) { onEpoch?(.cnn, $0) }
        return (rows(mlp.history), rows(cnn.history), firstLayerKernels(cnn.parameters))
    }
}
