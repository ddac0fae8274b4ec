/// Targets that can be split into minibatches by example index: a `D_o × N` matrix
/// (examples in columns) or a list of class indices.
public protocol ExampleSelectable {
    /// The number of examples N.
    var exampleCount: Int { get }
    /// The targets of the examples at `indices`, in that order (a minibatch `B_t`, eq. 6.10).
    func examples(_ indices: [Int]) -> Self
}

extension Matrix: ExampleSelectable {
    /// The number of columns.
    public var exampleCount: Int { cols }
    /// The columns at `indices`.
    public func examples(_ indices: [Int]) -> Matrix { columns(indices) }
}

extension Array: ExampleSelectable where Element == Int {
    /// The number of labels.
    public var exampleCount: Int { count }
    /// The labels at `indices`.
    public func examples(_ indices: [Int]) -> [Int] { indices.map { self[$0] } }
}

/// A data set `{x_i, y_i}` in the book's layout: inputs `x` as a `D_i × N` matrix with one
/// example per column, and the N matching targets `y`.
public struct Dataset<Target: ExampleSelectable> {
    /// The inputs, one example per column.
    public var x: Matrix
    /// The targets, one per example.
    public var y: Target

    public init(x: Matrix, y: Target) {
        precondition(x.cols == y.exampleCount, "\(x.cols) inputs but \(y.exampleCount) targets")
        self.x = x
        self.y = y
    }

    /// The number of examples N.
    public var count: Int { x.cols }
}

extension Dataset where Target == [Int] {
    /// A classification set from one input vector per row (as `MNIST1D` stores them),
    /// transposed into the book's columns.
    public init(rows: [[Double]], labels: [Int]) {
        self.init(x: Matrix(rows).transposed(), y: labels)
    }
}

extension MNIST1D {
    /// The 4000 training examples as a `40 × 4000` data set.
    public var trainingSet: Dataset<[Int]> { Dataset(rows: x, labels: y) }
    /// The 1000 test examples as a `40 × 1000` data set.
    public var testSet: Dataset<[Int]> { Dataset(rows: xTest, labels: yTest) }
}

extension Dataset: Sendable where Target: Sendable {}
extension Dataset: Equatable where Target: Equatable {}
