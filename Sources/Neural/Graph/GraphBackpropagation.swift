/// The `grad_table` of Goodfellow et al. Algorithm 6.5: for each node V visited, the
/// gradient `∂z/∂V` of the differentiated scalar z, plus what the computation cost.
public struct GradientTable: Sendable {
    /// `grad_table[V]`, indexed by node.
    public internal(set) var gradients: [Int: Matrix]
    /// How many `op.bprop` calls were made: one per edge of the pruned graph G′.
    public internal(set) var bpropCalls: Int

    /// The gradient with respect to node `v` (present for every node of G′).
    public subscript(v: Int) -> Matrix? { gradients[v] }
}

extension ComputationalGraph {
    /// The nodes of G′ (Algorithm 6.5): ancestors of `z` (or z itself) that are descendants of
    /// a target (or targets themselves), the only ones through which gradient flows.
    public func pruned(output z: Int, targets: [Int]) -> Set<Int> {
        var ancestors: Set<Int> = [z]
        for v in stride(from: z, through: 0, by: -1) where ancestors.contains(v) {
            ancestors.formUnion(nodes[v].inputs)
        }
        var descendants = Set(targets)
        for v in nodes.indices where nodes[v].inputs.contains(where: descendants.contains) {
            descendants.insert(v)
        }
        return ancestors.intersection(descendants)
    }

    /// General back-propagation (Algorithm 6.5 with the recursive `build_grad` of Algorithm 6.6):
    /// `grad_table[z] = 1`, then for each target V, `build_grad` asks every consumer C of V in
    /// G′ for its own gradient (recursively, memoised in the table) and adds the products
    /// `op.bprop(inputs(C), V, grad_table[C])`. Each edge is visited once, so the cost is
    /// proportional to the number of edges (dynamic programming, §6.5.6).
    ///
    /// `values` are the node values from `forward` (the stored forward pass).
    public func backpropagate(output z: Int, targets: [Int], values: [Matrix]) -> GradientTable {
        precondition(values[z].count == 1, "Back-propagation differentiates a scalar node")
        let keep = pruned(output: z, targets: targets)
        var table = GradientTable(gradients: [z: Matrix(rows: 1, cols: 1, data: [1])], bpropCalls: 0)

        func buildGrad(_ v: Int) -> Matrix {
            if let known = table.gradients[v] { return known }
            var total = Matrix(rows: values[v].rows, cols: values[v].cols)
            for consumer in consumers(of: v) where keep.contains(consumer) {
                let node = nodes[consumer]
                let d = buildGrad(consumer)
                let inputs = node.inputs.map { values[$0] }
                // A node may feed the same consumer twice (x·x): one bprop per argument slot.
                for (slot, parent) in node.inputs.enumerated() where parent == v {
                    total += node.operation!.bprop(inputs, index: slot, gradient: d)
                    table.bpropCalls += 1
                }
            }
            table.gradients[v] = total
            return total
        }

        for target in targets where keep.contains(target) { _ = buildGrad(target) }
        return table
    }

    /// Forward-mode differentiation (UDL problem 7.13): pushes the tangents `seeds` of some
    /// inputs (zero for the others) through the graph in evaluation order, returning every
    /// node's directional derivative and the number of Jacobian products used (one per edge).
    /// A full gradient with respect to n scalar inputs needs n such sweeps.
    public func forwardMode(values: [Matrix], seeds: [Int: Matrix]) -> (tangents: [Matrix], products: Int) {
        var tangents = [Matrix]()
        var products = 0
        for (i, node) in nodes.enumerated() {
            if let operation = node.operation {
                products += node.inputs.count
                tangents.append(
                    operation.tangent(
                        node.inputs.map { values[$0] },
                        tangents: node.inputs.map { tangents[$0] }))
            } else {
                tangents.append(seeds[i] ?? Matrix(rows: values[i].rows, cols: values[i].cols))
            }
        }
        return (tangents, products)
    }
}
