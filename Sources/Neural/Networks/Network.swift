/// A fully connected network in the book's matrix notation (eqs. 4.15 and 7.23):
///
///     f_0 = β_0 + Ω_0 x,   h_k = a[f_{k−1}],   f_k = β_k + Ω_k h_k   (k = 1…K),
///
/// with output `f_K`. The hidden activation `a[•]` is configurable; the output layer
/// is always linear, so losses receive raw network outputs (logits for classification).
public struct Network: Equatable, Sendable {
    /// The K + 1 affine stages, `layers[k]` holding `Ω_k` and `β_k`.
    public var layers: [Layer]
    /// The hidden-unit activation `a[•]`.
    public var activation: Activation

    /// A network from explicit layers, whose sizes must chain.
    public init(layers: [Layer], activation: Activation = .relu) {
        precondition(!layers.isEmpty, "A network needs at least one layer")
        for (previous, next) in Swift.zip(layers, layers.dropFirst()) {
            precondition(previous.outputSize == next.inputSize, "Layer sizes do not chain")
        }
        self.layers = layers
        self.activation = activation
    }

    /// A network with unit counts `sizes = [D_i, D_1, …, D_K, D_o]` and all parameters zero.
    public init(sizes: [Int], activation: Activation = .relu) {
        precondition(sizes.count >= 2, "Need at least input and output sizes")
        self.init(
            layers: Swift.zip(sizes, sizes.dropFirst()).map { Layer(inputSize: $0, outputSize: $1) },
            activation: activation)
    }

    /// A network of the given sizes whose weights are drawn with `scheme` and biases zero.
    public init(
        sizes: [Int], activation: Activation = .relu,
        initialization scheme: Initialization, normal: () -> Double
    ) {
        self.init(sizes: sizes, activation: activation)
        initialize(scheme, normal: normal)
    }

    /// Unit counts `[D_i, D_1, …, D_K, D_o]`.
    public var sizes: [Int] { [layers[0].inputSize] + layers.map(\.outputSize) }
    /// D_i.
    public var inputSize: Int { layers[0].inputSize }
    /// D_o.
    public var outputSize: Int { layers[layers.count - 1].outputSize }
    /// Total parameter count `Σ_k (D_k + 1) · D_{k+1}` (problems 3.x and 4.x).
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }

    /// Redraws every layer's weights in order k = 0…K (each row by row) and zeroes the biases.
    ///
    /// Notebooks 7.2 and 7.3 draw in a different order (Ω_0, then Ω_K, then the rest); to
    /// reproduce them exactly, fill `layers[k].weights` directly in that order.
    public mutating func initialize(_ scheme: Initialization, normal: () -> Double) {
        for k in layers.indices { layers[k].initialize(scheme, normal: normal) }
    }

    /// The network output `f_K` for a batch `x` of shape `D_i × N` (examples in columns).
    public func callAsFunction(_ x: Matrix) -> Matrix {
        var h = x
        for k in layers.indices {
            let f = layers[k].affine(h)
            h = k == layers.count - 1 ? f : activation.apply(f)
        }
        return h
    }

    /// The output for a single input vector.
    public func callAsFunction(_ x: [Double]) -> [Double] {
        self(Matrix(column: x)).data
    }
}
