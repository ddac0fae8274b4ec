/// A model made of ``ModelLayer``s applied one after the other (PyTorch's `nn.Sequential`), such
/// as notebook 10.2's convolutional network for MNIST-1D:
///
///     var random = NumPyRandomState(seed: 0)
///     let model = Sequential(input: .signal(length: 40), [
///         Conv1d(1, 15, kernel: 3, stride: 2), ActivationLayer(.relu),
///         Conv1d(15, 15, kernel: 3, stride: 2), ActivationLayer(.relu),
///         Conv1d(15, 15, kernel: 3, stride: 2), ActivationLayer(.relu),
///         Flatten(), Linear(10),
///     ], random: &random)
///
/// The parameters of all layers form one vector φ, layer after layer, each in its own layout;
/// running statistics form `state` the same way. ``Trainer`` trains it like any ``Model``.
public struct Sequential: Model {
    /// The shape of one input example.
    public let inputShape: Shape
    public let layers: [any ModelLayer]
    /// Every layer's input shape, then the model's output shape.
    public let shapes: [Shape]
    /// Where each layer's parameters and state sit in ``parameters`` and ``state``.
    public let parameterRanges: [Range<Int>]
    public let stateRanges: [Range<Int>]
    public var parameters: [Double] {
        willSet { precondition(newValue.count == parameterCount, "Expected \(parameterCount) parameters") }
    }
    public var state: [Double] {
        willSet { precondition(newValue.count == state.count, "Expected \(state.count) state values") }
    }

    /// A model whose parameters each layer draws from `random` in turn, first layer first.
    public init(input: Shape, _ layers: [any ModelLayer], random: inout NumPyRandomState) {
        precondition(!layers.isEmpty, "A model needs at least one layer")
        var shapes = [input]
        var (parameters, state) = ([Double](), [Double]())
        var (parameterRanges, stateRanges) = ([Range<Int>](), [Range<Int>]())
        for layer in layers {
            let shape = shapes.last!
            let drawn = layer.initialParameters(for: shape, random: &random)
            precondition(
                drawn.count == layer.parameterCount(for: shape), "\(layer) drew the wrong number of parameters")
            parameterRanges.append(parameters.count..<(parameters.count + drawn.count))
            parameters += drawn
            let initial = layer.initialState(for: shape)
            stateRanges.append(state.count..<(state.count + initial.count))
            state += initial
            shapes.append(layer.outputShape(for: shape))
        }
        self.inputShape = input
        self.layers = layers
        self.shapes = shapes
        self.parameterRanges = parameterRanges
        self.stateRanges = stateRanges
        self.parameters = parameters
        self.state = state
    }

    public var parameterCount: Int { parameterRanges.last!.upperBound }
    public var inputSize: Int { inputShape.count }
    public var outputSize: Int { shapes.last!.count }
    /// The shape of one output example.
    public var outputShape: Shape { shapes.last! }

    /// "Sequential 1 × 40: Conv1d(1→15, k 3, s 2, valid), relu, …".
    public var architecture: String {
        "Sequential \(inputShape): " + layers.map(\.description).joined(separator: ", ")
    }

    public var weightRanges: [Range<Int>] {
        layers.indices.flatMap { k in
            layers[k].weightRanges(for: shapes[k]).map {
                ($0.lowerBound + parameterRanges[k].lowerBound)..<($0.upperBound + parameterRanges[k].lowerBound)
            }
        }
    }

    /// The inference-mode output for a batch `x` (`inputSize × N`).
    public func callAsFunction(_ x: Matrix) -> Matrix {
        var unused = NumPyRandomState(seed: 0)
        return output(x, mode: .inference, random: &unused)
    }

    /// The output in `mode`; ``LayerMode/monteCarlo`` draws dropout masks from `random`, and
    /// training mode also updates the running statistics of a copy only (use ``Trainer`` to train).
    public func output(_ x: Matrix, mode: LayerMode, random: inout NumPyRandomState) -> Matrix {
        precondition(x.rows == inputSize, "The model expects \(inputSize) inputs per example, got \(x.rows)")
        var state = self.state
        var h = x
        parameters.withUnsafeBufferPointer { phi in
            state.withUnsafeMutableBufferPointer { s in
                for (k, layer) in layers.enumerated() {
                    h = layer.forward(
                        h, input: shapes[k], parameters: UnsafeBufferPointer(rebasing: phi[parameterRanges[k]]),
                        state: UnsafeMutableBufferPointer(rebasing: s[stateRanges[k]]), mode: mode, random: &random,
                        cache: LayerCache())
                }
            }
        }
        return h
    }

    public func makePasses(workers: Int, capacity: Int) -> any TrainingPasses {
        SequentialPasses(model: self, workers: workers)
    }
}
