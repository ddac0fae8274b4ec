/// A model the ``Trainer`` can fit: a function `f[x, φ]` of a flat parameter vector φ with a
/// forward pass and backpropagation (chapter 7) on batches stored one example per column.
///
/// The book's ``Network`` (eq. 4.15) is one; anything with the same four abilities — report and
/// take its parameters, and build ``TrainingPasses`` — trains with the same loop, schedules,
/// workers, evaluation and divergence check.
public protocol Model: Sendable {
    /// All parameters φ as one vector, in the order the model's gradients use.
    var parameters: [Double] { get set }
    /// The length of φ.
    var parameterCount: Int { get }
    /// The number of input values per example (rows of the input matrix).
    var inputSize: Int { get }
    /// The number of outputs per example (rows of `f`).
    var outputSize: Int { get }
    /// A one-line description of the model's layout, stored with saved parameters so they are
    /// loaded only into the same kind of model.
    var architecture: String { get }
    /// Where the weights sit in φ (not the biases): what an L2 penalty (eq. 9.5) and weight decay
    /// (eq. 9.13) act on.
    var weightRanges: [Range<Int>] { get }
    /// Values the model keeps besides its parameters and updates while training (the running
    /// statistics of batch normalization); empty for most models.
    var state: [Double] { get set }
    /// Buffers (and threads) for the passes of a training run on batches of at most `capacity`
    /// examples, with the work of each pass shared by `workers` threads.
    func makePasses(workers: Int, capacity: Int) -> any TrainingPasses
}

/// The passes one training run makes through one model, reusing its buffers from step to step.
///
/// How `workers` threads share a pass is the model's business, under one rule: the maths is that
/// of one thread. Anything that couples the examples of a batch (batch statistics, a loss with a
/// mean) sees the whole batch, and random draws (dropout masks) come from the `random` of the
/// training-mode forward pass on the calling thread, so they do not depend on how the batch is
/// split. Different worker counts may then differ only in how sums are grouped, at rounding level.
public protocol TrainingPasses: AnyObject {
    /// How many threads the passes run at once; while more than one, the trainer keeps OpenBLAS
    /// to one thread per caller (`BLASThreadPolicy`).
    var threadCount: Int { get }
    /// The model's ``Model/state`` as training has left it.
    var state: [Double] { get }
    /// The training-mode forward pass for the columns `batch` of `x`: returns `f` (`D_o × batch.count`)
    /// and keeps what the following ``backward(_:outputGradient:)`` needs. Layers that draw random
    /// numbers in training mode (dropout) draw them from `random`.
    func forward(_ phi: [Double], columns batch: [Int], of x: Matrix, random: inout NumPyRandomState) -> Matrix
    /// Backpropagation of `∂L/∂f` for the batch of the last ``forward(_:columns:of:random:)``;
    /// returns `∂L/∂φ` summed over the batch (eq. 6.10).
    func backward(_ phi: [Double], outputGradient: Matrix) -> [Double]
    /// The inference-mode output for every column of `x` (a whole data set); no backward may follow.
    func output(_ phi: [Double], of x: Matrix) -> Matrix
}

extension Model {
    /// No state, for models without running statistics.
    public var state: [Double] {
        get { [] }
        set { precondition(newValue.isEmpty, "This model keeps no state") }
    }
}

extension Network: Model {
    /// "Network 40-100-100-10, relu".
    public var architecture: String { "Network " + sizes.map(String.init).joined(separator: "-") + ", \(activation)" }

    /// `Ω_k` of every layer k (each followed by `β_k` in φ).
    public var weightRanges: [Range<Int>] {
        layers.indices.map { k in
            let range = parameterRange(layer: k)
            return range.lowerBound..<(range.lowerBound + layers[k].weights.count)
        }
    }

    /// Each worker runs the whole network on its share of the batch's examples (see
    /// `ParallelBackpropagation`): a fully connected network treats every example on its own.
    public func makePasses(workers: Int, capacity: Int) -> any TrainingPasses {
        ParallelBackpropagation<Double>(network: self, workers: workers, capacity: capacity)
    }
}
