/// How a layer runs: training mode (dropout draws masks, batch normalization uses the batch's
/// statistics and updates its running ones), inference mode (the deterministic network), or
/// Monte Carlo dropout (dropout stays on, everything else as in inference; section 9.3.3).
public enum LayerMode: Sendable, Hashable {
    case training
    case inference
    case monteCarlo
}

/// What a layer's forward pass keeps for its backward pass. Each layer of a ``Sequential``
/// model has its own, reused from step to step.
public final class LayerCache {
    /// The layer's input batch.
    public var input = Matrix(rows: 0, cols: 0)
    /// Values the backward pass needs: masks, normalised inputs, unfolded patches.
    public var values: [Double] = []
    /// Positions the backward pass needs: where each maximum came from.
    public var indices: [Int] = []
    /// Per-channel numbers, such as a batch's means and standard deviations.
    public var statistics: [Double] = []
    /// The caches of the layers inside a block (``Residual``).
    public var children: [LayerCache] = []

    public init() {}
}

/// One stage of a ``Sequential`` model: a map from a batch of examples (one per column, see
/// ``Shape``) to a batch of outputs, with a backward pass that returns the input gradient and
/// writes the gradient of the layer's own parameters (chapter 7's backpropagation, layer by layer).
///
/// A layer holds only its settings. Its parameters live in the model's vector φ and arrive as
/// a buffer, so optimisers, the ``Trainer``, saving and loading see one flat vector; running
/// statistics (batch normalization) live in the model's `state` the same way.
///
/// (The name `Layer` belongs to eq. 4.15's affine stage of ``Network``.)
public protocol ModelLayer: Sendable, CustomStringConvertible {
    /// The shape of one output example for an input example of shape `input`.
    func outputShape(for input: Shape) -> Shape
    /// The number of parameters for inputs of shape `input`.
    func parameterCount(for input: Shape) -> Int
    /// The number of non-trained values the layer keeps (running statistics).
    func stateCount(for input: Shape) -> Int
    /// Freshly initialised parameters, drawn from `random`.
    func initialParameters(for input: Shape, random: inout NumPyRandomState) -> [Double]
    /// The initial state (running mean 0, running variance 1 for batch normalization).
    func initialState(for input: Shape) -> [Double]
    /// Where the layer's weights sit among its parameters (its biases, scales and shifts are not
    /// weights): what an L2 penalty (eq. 9.5) or weight decay (eq. 9.13) acts on.
    func weightRanges(for input: Shape) -> [Range<Int>]
    /// Whether the layer treats every example on its own in `mode`, drawing nothing at random,
    /// so that a batch may be cut into parts that run at the same time (see ``Sequential``).
    /// Not so for batch normalization and dropout in training mode.
    func isExampleWise(in mode: LayerMode) -> Bool
    /// The output for the batch `x` (`input.count × N`). In training mode the layer keeps in
    /// `cache` what ``backward(_:input:parameters:cache:gradient:)`` needs, draws any random
    /// numbers from `random` and may update `state`.
    func forward(
        _ x: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>,
        state: UnsafeMutableBufferPointer<Double>, mode: LayerMode, random: inout NumPyRandomState,
        cache: LayerCache
    ) -> Matrix
    /// Backpropagation through the layer after a training-mode forward pass: given `∂L/∂y`,
    /// writes `∂L/∂θ` for the layer's parameters into `gradient` (summed over the batch) and
    /// returns `∂L/∂x`.
    func backward(
        _ outputGradient: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>, cache: LayerCache,
        gradient: UnsafeMutableBufferPointer<Double>
    ) -> Matrix
}

extension ModelLayer {
    public func parameterCount(for input: Shape) -> Int { 0 }
    public func stateCount(for input: Shape) -> Int { 0 }
    public func initialParameters(for input: Shape, random: inout NumPyRandomState) -> [Double] { [] }
    public func initialState(for input: Shape) -> [Double] { [] }
    public func isExampleWise(in mode: LayerMode) -> Bool { true }
    public func weightRanges(for input: Shape) -> [Range<Int>] { [] }
}
