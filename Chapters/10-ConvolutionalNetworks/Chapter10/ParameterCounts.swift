import Neural

/// How many parameters a layer needs (sections 10.2.4–10.2.5, figure 10.4) and how large its
/// output is (MMDS §13.4, eq. 13.3), counted by the core's layers rather than by formula.
enum ParameterCounts {
    /// Figure 10.4's six inputs and six hidden units.
    static let figureUnits = 6

    /// Weights and biases of a fully connected layer from `inputs` to `outputs` units (eq. 10.5).
    static func fullyConnected(inputs: Int, outputs: Int) -> (weights: Int, biases: Int) {
        counted(Linear(outputs), input: .vector(inputs))
    }

    /// Weights and biases of any layer on an input of the given shape, as the layer reports them
    /// (for a convolution, eq. 10.4 with channels: C_in·C_out·K weights and C_out biases).
    static func counted(_ layer: any ModelLayer, input: Shape) -> (weights: Int, biases: Int) {
        let weights = layer.weightRanges(for: input).reduce(0) { $0 + $1.count }
        return (weights, layer.parameterCount(for: input) - weights)
    }

    /// The chapter's opening image: 224 × 224 pixels of three colours.
    static let openingImage = Shape.image(channels: 3, height: 224, width: 224)

    /// MMDS eq. 13.3, `n = (m − f + 2p)/s + 1`, for an `m`-pixel side, filter `f`, zero padding
    /// `p` and stride `s`. When `s` does not divide `m − f + 2p` MMDS calls the layer invalid;
    /// like PyTorch (and the core), the last incomplete step is dropped: the quotient is floored.
    static func outputSide(input m: Int, filter f: Int, padding p: Int = 0, stride s: Int = 1) -> Int {
        let free = m - f + 2 * p
        return free < 0 ? 0 : free / s + 1
    }

    /// MMDS example 13.11: a VGG-like network for 224 × 224 colour images, convolutions of
    /// size 3 (padding 1) alternating with 2 × 2 max pooling, 64 to 1024 filters, and a fully
    /// connected layer to 1000 classes. The layers with their output shapes and parameter
    /// counts, as the core's layers report them (the layers are not built: the last alone would
    /// draw 50 million weights).
    static var vggLike: [(layer: any ModelLayer, output: Shape, parameters: Int)] {
        var layers: [any ModelLayer] = []
        var channels = 3
        for filters in [64, 128, 256, 512, 1024] {
            layers.append(Conv2d(channels, filters, kernel: 3, padding: .zeros(1)))
            layers.append(Pooling.max(2))
            channels = filters
        }
        layers += [Flatten(), Linear(1000)]
        var shape = openingImage
        return layers.map { layer in
            defer { shape = layer.outputShape(for: shape) }
            return (layer, layer.outputShape(for: shape), layer.parameterCount(for: shape))
        }
    }
}
