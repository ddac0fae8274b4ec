/// A `Network` written out as a computational graph (Goodfellow et al. Algorithm 6.3 and
/// figure 6.11; UDL eq. 7.23), so the general back-propagation can be compared with the
/// layer-by-layer backward pass of eqs. 7.24–7.25.
public struct NetworkGraph: Sendable {
    /// The graph: inputs x, y, every Ω_k and β_k; then the affine maps, ReLUs and the loss.
    public let graph: ComputationalGraph
    /// The node of the input batch x (D_i × N).
    public let input: Int
    /// The node of the targets y (D_o × N).
    public let target: Int
    /// The nodes of Ω_0 … Ω_K.
    public let weights: [Int]
    /// The nodes of β_0 … β_K (column vectors).
    public let biases: [Int]
    /// The scalar cost: `Σ (f_K − y)²` plus `λ Σ_k ‖Ω_k‖²` when weight decay is on.
    public let loss: Int

    /// Builds the graph of a ReLU network of `depth` affine layers with the least-squares
    /// loss, optionally with a weight-decay term `λ Σ_k Σ_ij Ω_kij²` (Goodfellow eq. 6.56),
    /// which makes each weight node feed two consumers.
    public init(depth: Int, weightDecay lambda: Double = 0) {
        var g = ComputationalGraph()
        let x = g.input("x")
        let y = g.input("y")
        var weights = [Int]()
        var biases = [Int]()
        for k in 0..<depth {
            weights.append(g.input("Ω_\(k)"))
            biases.append(g.input("β_\(k)"))
        }
        var h = x
        for k in 0..<depth {
            let product = g.apply(.matmul, weights[k], h, name: "Ω_\(k)h_\(k)")
            let f = g.apply(.addBias, product, biases[k], name: "f_\(k)")
            h = k == depth - 1 ? f : g.apply(.relu, f, name: "h_\(k + 1)")
        }
        let residual = g.apply(.subtract, h, y, name: "f_\(depth - 1) − y")
        var loss = g.apply(.sum, g.apply(.square, residual, name: "(f − y)²"), name: "L")
        if lambda != 0 {
            for k in 0..<depth {
                let penalty = g.apply(
                    .scale(lambda),
                    g.apply(
                        .sum, g.apply(.square, weights[k], name: "Ω_\(k)²"),
                        name: "‖Ω_\(k)‖²"), name: "λ‖Ω_\(k)‖²")
                loss = g.apply(.add, loss, penalty, name: "J")
            }
        }
        self.graph = g
        self.input = x
        self.target = y
        self.weights = weights
        self.biases = biases
        self.loss = loss
    }

    /// The input values for `network`, a batch `x` and targets `y`.
    public func values(for network: Network, x: Matrix, y: Matrix) -> [Int: Matrix] {
        precondition(network.layers.count == weights.count, "Depth mismatch")
        var values: [Int: Matrix] = [input: x, target: y]
        for (k, layer) in network.layers.enumerated() {
            values[weights[k]] = layer.weights
            values[biases[k]] = Matrix(column: layer.biases)
        }
        return values
    }

    /// Forward pass plus general back-propagation with respect to every Ω_k and β_k, flattened
    /// in the order of `Network.parameters` (so it compares directly with `Gradients.flattened`).
    public func gradient(of network: Network, x: Matrix, y: Matrix) -> (
        loss: Double, gradient: [Double], table: GradientTable
    ) {
        let values = graph.forward(self.values(for: network, x: x, y: y))
        let table = graph.backpropagate(output: loss, targets: weights + biases, values: values)
        var flat = [Double]()
        for k in weights.indices {
            flat += table[weights[k]]!.data
            flat += table[biases[k]]!.data
        }
        return (values[loss].data[0], flat, table)
    }
}
