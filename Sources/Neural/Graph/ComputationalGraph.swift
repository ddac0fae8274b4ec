/// A directed acyclic computational graph (Goodfellow et al. §6.5.1; UDL §7.4.3, figure 7.9).
///
/// Each node is a variable: either an input (a leaf whose value is supplied, such as x or a
/// weight matrix) or the result of a `GraphOperation` applied to earlier nodes. Nodes are
/// numbered in creation order, which is a valid evaluation order, as Algorithm 6.1 assumes.
public struct ComputationalGraph: Sendable {
    /// One variable of the graph.
    public struct Node: Sendable {
        /// A label for printing ("f_3", "Ω_0").
        public let name: String
        /// The operation that computes it (`nil` for an input).
        public let operation: GraphOperation?
        /// Its parents `Pa(u)`, in argument order (`get_inputs`).
        public let inputs: [Int]
    }

    /// The nodes in evaluation order.
    public private(set) var nodes: [Node] = []

    public init() {}

    /// Adds an input variable and returns its index.
    @discardableResult
    public mutating func input(_ name: String) -> Int {
        nodes.append(Node(name: name, operation: nil, inputs: []))
        return nodes.count - 1
    }

    /// Adds the node `operation(inputs…)` and returns its index.
    @discardableResult
    public mutating func apply(_ operation: GraphOperation, _ inputs: Int..., name: String) -> Int {
        precondition(inputs.count == operation.arity, "\(operation.name) takes \(operation.arity) inputs")
        precondition(inputs.allSatisfy { $0 < nodes.count }, "Parents must exist before their children")
        nodes.append(Node(name: name, operation: operation, inputs: inputs))
        return nodes.count - 1
    }

    /// The index of the node called `name`.
    public func index(of name: String) -> Int? { nodes.firstIndex { $0.name == name } }

    /// The indices of the input variables.
    public var inputs: [Int] { nodes.indices.filter { nodes[$0].operation == nil } }

    /// The number of edges (parent → child links); each costs one Jacobian product.
    public var edgeCount: Int { nodes.reduce(0) { $0 + $1.inputs.count } }

    /// `get_consumers(V, G)`: the children of node `v`.
    public func consumers(of v: Int) -> [Int] {
        nodes.indices.filter { nodes[$0].inputs.contains(v) }
    }

    /// Algorithm 6.1 (forward propagation): sets the inputs, then evaluates every other node
    /// from its parents in order. Returns the values of all nodes.
    public func forward(_ inputValues: [Int: Matrix]) -> [Matrix] {
        var values = [Matrix]()
        values.reserveCapacity(nodes.count)
        for (i, node) in nodes.enumerated() {
            if let operation = node.operation {
                values.append(operation.evaluate(node.inputs.map { values[$0] }))
            } else {
                guard let value = inputValues[i] else { preconditionFailure("No value for input \(node.name)") }
                values.append(value)
            }
        }
        return values
    }
}
