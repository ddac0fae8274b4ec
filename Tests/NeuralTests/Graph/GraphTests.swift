import Foundation
import Testing

@testable import Neural

/// The general back-propagation of Goodfellow et al. §6.5 against finite differences, a
/// closed form (UDL problem 7.12) and the layer-wise backward pass of UDL eqs. 7.24–7.25.
@Suite struct GraphTests {
    /// Inputs for each operation, away from ReLU's kink.
    static func inputs(for operation: GraphOperation, _ rng: inout NumPyRandomState) -> [Matrix] {
        switch operation {
        case .matmul: [rng.matrix(3, 4), rng.matrix(4, 2)]
        case .addBias: [rng.matrix(3, 2), rng.matrix(3, 1)]
        case .add, .subtract, .multiply: [rng.matrix(3, 2), rng.matrix(3, 2)]
        default: [rng.matrix(3, 2).map { $0 + ($0 >= 0 ? 0.1 : -0.1) }]
        }
    }

    static let operations: [GraphOperation] = [
        .add, .subtract, .multiply, .matmul, .addBias, .relu, .exp, .sin, .cos, .square, .sum, .scale(-0.7),
    ]

    @Test(arguments: operations)
    func bpropIsTheGradientOfTheWeightedOutput(operation: GraphOperation) {
        // op.bprop(inputs, X, G) must equal ∇_X Σ_i G_i op.f(inputs)_i (Goodfellow eq. 6.54).
        var rng = NumPyRandomState(seed: 7)
        let x = Self.inputs(for: operation, &rng)
        let shape = operation.evaluate(x)
        let g = rng.matrix(shape.rows, shape.cols)
        for index in x.indices {
            let numeric = numericalGradient(
                of: { probe in
                    var moved = x
                    moved[index] = probe
                    return operation.evaluate(moved).hadamard(g).sum()
                }, at: x[index])
            #expect(
                close(operation.bprop(x, index: index, gradient: g), numeric, rtol: 1e-6, atol: 1e-8),
                "\(operation.name) input \(index)")
        }
    }

    @Test(arguments: operations)
    func tangentIsTheDirectionalDerivative(operation: GraphOperation) {
        var rng = NumPyRandomState(seed: 11)
        let x = Self.inputs(for: operation, &rng)
        let t = x.map { rng.matrix($0.rows, $0.cols) }
        let h = 1e-6
        let plus = operation.evaluate(zip(x, t).map { $0 + h * $1 })
        let minus = operation.evaluate(zip(x, t).map { $0 - h * $1 })
        #expect(
            close(operation.tangent(x, tangents: t), (plus - minus) / (2 * h), rtol: 1e-6, atol: 1e-8),
            "\(operation.name)")
    }

    /// The graph of UDL problem 7.12 (figure 7.9): y = exp[e^x + e^{2x}] + sin[e^x + e^{2x}].
    static func problem712() -> (ComputationalGraph, x: Int, y: Int) {
        var g = ComputationalGraph()
        let x = g.input("x")
        let f1 = g.apply(.exp, x, name: "f_1")
        let f2 = g.apply(.square, f1, name: "f_2")
        let f3 = g.apply(.add, f1, f2, name: "f_3")
        let f4 = g.apply(.exp, f3, name: "f_4")
        let f5 = g.apply(.sin, f3, name: "f_5")
        let y = g.apply(.add, f4, f5, name: "y")
        return (g, x, y)
    }

    @Test func reverseAndForwardModeGiveTheClosedFormOfProblem712() {
        let (graph, x, y) = Self.problem712()
        for value in [-1.0, 0.0, 0.3] {
            let values = graph.forward([x: Matrix(rows: 1, cols: 1, data: [value])])
            let e = Foundation.exp(value)
            let f3 = e + e * e
            let closedForm = (Foundation.exp(f3) + Foundation.cos(f3)) * (1 + 2 * e) * e
            let table = graph.backpropagate(output: y, targets: [x], values: values)
            #expect(close(table[x]!.data[0], closedForm, rtol: 1e-12))
            let forward = graph.forwardMode(values: values, seeds: [x: Matrix(rows: 1, cols: 1, data: [1])])
            #expect(close(forward.tangents[y].data[0], closedForm, rtol: 1e-12))
            // Eight edges (figure 7.9): each mode makes one Jacobian product per edge.
            #expect(table.bpropCalls == 8 && forward.products == 8 && graph.edgeCount == 8)
        }
    }

    @Test func prunedGraphKeepsOnlyNodesBetweenTargetsAndOutput() {
        var g = ComputationalGraph()
        let a = g.input("a")
        let b = g.input("b")
        let c = g.apply(.exp, a, name: "c")
        let unused = g.apply(.sin, b, name: "unused")
        let z = g.apply(.multiply, c, b, name: "z")
        #expect(g.pruned(output: z, targets: [a]) == [a, c, z])
        #expect(!g.pruned(output: z, targets: [a, b]).contains(unused))
    }

    @Test func aNodeUsedTwiceByOneConsumerGetsBothContributions() {
        // Goodfellow §6.5.6: mul(x, x) returns x for both arguments; the sum is 2x.
        var g = ComputationalGraph()
        let x = g.input("x")
        let z = g.apply(.sum, g.apply(.multiply, x, x, name: "x·x"), name: "z")
        let value = Matrix(column: [1.5, -2])
        let table = g.backpropagate(output: z, targets: [x], values: g.forward([x: value]))
        #expect(table[x]! == Matrix(column: [3, -4]))
    }

    static func randomNetwork(_ sizes: [Int], seed: UInt32) -> (Network, Matrix, Matrix) {
        var rng = NumPyRandomState(seed: seed)
        var network = Network(sizes: sizes)
        network.parameters = (0..<network.parameterCount).map { _ in rng.normal() }
        return (network, rng.matrix(sizes.first!, 5), rng.matrix(sizes.last!, 5))
    }

    @Test func mlpGraphGradientEqualsTheLayerwiseBackwardPass() {
        let (network, x, y) = Self.randomNetwork([3, 6, 5, 2], seed: 3)
        let graph = NetworkGraph(depth: 3)
        let result = graph.gradient(of: network, x: x, y: y)
        let core = network.lossAndGradients(LeastSquares(), input: x, target: y)
        #expect(close(result.loss, core.loss, rtol: 1e-12))
        #expect(close(result.gradient, core.gradients.flattened, rtol: 1e-10, atol: 1e-12))
    }

    @Test func weightDecayAddsTwoLambdaOmega() {
        // Goodfellow §6.5.7: the weight-decay path contributes 2λW to each weight gradient.
        let (network, x, y) = Self.randomNetwork([2, 4, 1], seed: 5)
        let lambda = 0.3
        let result = NetworkGraph(depth: 2, weightDecay: lambda).gradient(of: network, x: x, y: y)
        var expected = network.lossAndGradients(LeastSquares(), input: x, target: y).gradients
        for k in expected.weights.indices { expected.weights[k] += (2 * lambda) * network.layers[k].weights }
        #expect(close(result.gradient, expected.flattened, rtol: 1e-10, atol: 1e-12))
        let numeric = numericalGradient(
            of: { probe in
                var moved = network
                moved.parameters = probe.data
                let penalty = moved.layers.reduce(0) { $0 + lambda * $1.weights.sumOfSquares() }
                return LeastSquares().value(output: moved(x), target: y) + penalty
            }, at: Matrix(row: network.parameters))
        #expect(close(result.gradient, numeric.data, rtol: 1e-5, atol: 1e-6))
    }
}
