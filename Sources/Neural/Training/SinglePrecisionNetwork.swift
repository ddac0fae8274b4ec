/// The book's ``Network`` trained with single-precision arithmetic in its passes: the matrix
/// products run in `sgemm`, and activations and gradients are `Float`, while φ stays in double
/// precision and the optimiser updates it there (the "master weights" of mixed-precision
/// training).
///
/// It is an option for heavy experiments, where `sgemm` does the same products in less time
/// (`udl bench mlp --precision single`); the chapters keep ``Network`` and its double-precision
/// numbers. Gradients agree with the double-precision passes to about `Float`'s precision
/// (relative differences near 10⁻⁶), so a training follows the same course for a while and then
/// drifts, as any change of rounding would make it.
public struct SinglePrecisionNetwork: Model {
    /// The network whose parameters are trained.
    public var network: Network

    public init(_ network: Network) { self.network = network }

    public var parameters: [Double] {
        get { network.parameters }
        set { network.parameters = newValue }
    }
    public var parameterCount: Int { network.parameterCount }
    public var inputSize: Int { network.inputSize }
    public var outputSize: Int { network.outputSize }
    /// The network's layout, marked as trained in single precision.
    public var architecture: String { network.architecture + ", single precision" }
    public var weightRanges: [Range<Int>] { network.weightRanges }

    /// Each worker runs the whole network in `Float` on its share of the batch's examples.
    public func makePasses(workers: Int, capacity: Int) -> any TrainingPasses {
        ParallelBackpropagation<Float>(network: network, workers: workers, capacity: capacity)
    }
}
