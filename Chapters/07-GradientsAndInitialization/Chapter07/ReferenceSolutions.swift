import Foundation
import Neural

/// Correct answers to the exercises, mostly built on the Neural core and the chapter's models.
/// `swift run ch07 check --reference` runs the checks on these.
enum Reference {
    // MARK: Problems 7.1–7.10

    /// Problem 7.1 by hand. Order: φ0, φ1, φ2, θ01, θ11, θ02, θ12, ψ01, ψ11, ψ21, ψ02, ψ12, ψ22.
    static func twoLayerDerivatives(parameters p: [Double], x: Double) throws -> [Double] {
        let (phi, theta0, theta1, psi0, psi1, psi2) = (
            Array(p[0..<3]), [p[3], p[5]], [p[4], p[6]],
            [p[7], p[10]], [p[8], p[11]], [p[9], p[12]]
        )
        let z = (0..<2).map { theta0[$0] + theta1[$0] * x }
        let h = z.map { max(0, $0) }
        let dh = z.map { $0 > 0 ? 1.0 : 0.0 }
        let u = (0..<2).map { psi0[$0] + psi1[$0] * h[0] + psi2[$0] * h[1] }
        let g = u.map { max(0, $0) }
        let dg = u.map { $0 > 0 ? 1.0 : 0.0 }
        // ∂y/∂h_j = Σ_m φ_m a′[u_m] ψ_jm.
        let dyDh = [
            phi[1] * dg[0] * psi1[0] + phi[2] * dg[1] * psi1[1],
            phi[1] * dg[0] * psi2[0] + phi[2] * dg[1] * psi2[1],
        ]
        return [
            1, g[0], g[1],
            dyDh[0] * dh[0], dyDh[0] * dh[0] * x, dyDh[1] * dh[1], dyDh[1] * dh[1] * x,
            phi[1] * dg[0], phi[1] * dg[0] * h[0], phi[1] * dg[0] * h[1],
            phi[2] * dg[1], phi[2] * dg[1] * h[0], phi[2] * dg[1] * h[1],
        ]
    }

    /// Problem 7.2: [∂h3/∂f2, ∂f2/∂h2, ∂h2/∂f1, ∂f1/∂h1, ∂h1/∂f0] of eq. 7.12.
    static func chainFinalTerms(beta: [Double], omega: [Double], x: Double) throws -> [Double] {
        let t = ToyModel(beta: beta, omega: omega).forward(x: x, y: 0)
        return [-sin(t.f[2]), omega[2], exp(t.f[1]), omega[1], cos(t.f[0])]
    }

    /// Problem 7.3: sizes [rows, cols] of the seven terms of eq. 7.19, left to right.
    static func termSizes(d1: Int, d2: Int, d3: Int, df: Int) throws -> [[Int]] {
        [[d1, d1], [d1, d2], [d2, d2], [d2, d3], [d3, d3], [d3, df], [df, 1]]
    }

    /// Problem 7.4: ∂/∂f (y − f)².
    static func leastSquaresDerivative(f: Double, y: Double) throws -> Double { 2 * (f - y) }

    /// Problem 7.5: ∂ℓ/∂f = sig[f] − y.
    static func binaryCrossEntropyDerivative(f: Double, y: Double) throws -> Double { sigmoid(f) - y }

    /// Problem 7.6: ∂z/∂h = Ωᵀ.
    static func affineJacobian(omega: Matrix) throws -> Matrix { omega.transposed() }

    /// Problem 7.7: sig[f](1 − sig[f]).
    static func sigmoidDerivative(f: Double) throws -> Double { sigmoid(f) * (1 - sigmoid(f)) }

    /// Problem 7.8: both step functions are flat wherever they have a slope.
    static func stepFunctionDerivatives(z: Double) throws -> [Double] {
        [Activation.heaviside.derivative(z), Activation.rect.derivative(z)]
    }

    /// Problem 7.9: ∂ℓ/∂Ω = ∂ℓ/∂f hᵀ.
    static func weightGradient(dLdf: [Double], h: [Double]) throws -> Matrix {
        Matrix.multiply(Matrix(column: dLdf), Matrix(column: h), transposeB: true)
    }

    /// Problem 7.10: backprop with leaky ReLU, a′ = 1 for f ≥ 0 and α otherwise.
    static func leakyReLUGradient(layers: [Layer], alpha: Double, x: [Double], y: [Double]) throws -> [Double] {
        Network(layers: layers, activation: .leakyReLU(slope: alpha))
            .lossAndGradients(LeastSquares(), input: Matrix(column: x), target: Matrix(column: y)).gradients.flattened
    }

    // MARK: Problems 7.11–7.17

    /// Problem 7.11: gradient by checkpointing, and the number of layers recomputed.
    static func checkpointedGradient(layers: [Layer], x: [Double], y: [Double], every: Int) throws -> (
        gradient: [Double], recomputed: Int
    ) {
        let target = Matrix(column: y)
        let result = CheckpointedBackprop(network: Network(layers: layers), x: Matrix(column: x), every: every) {
            LeastSquares().gradient(output: $0, target: target)
        }
        return (result.flattened, result.recomputedLayers)
    }

    /// Problem 7.12 on the graph of figure 7.9: [∂y/∂f5, ∂y/∂f4, ∂y/∂f3, ∂y/∂f2, ∂y/∂f1, ∂y/∂x].
    static func reverseMode(x: Double) -> [Double] {
        let (graph, nodes) = problem712Graph()
        let values = graph.forward([nodes[0]: Matrix(rows: 1, cols: 1, data: [x])])
        let table = graph.backpropagate(output: nodes[6], targets: [nodes[0]], values: values)
        return [5, 4, 3, 2, 1, 0].map { table[nodes[$0]]!.data[0] }
    }

    /// Problem 7.13: [∂f1/∂x, ∂f2/∂x, ∂f3/∂x, ∂f4/∂x, ∂f5/∂x, ∂y/∂x].
    static func forwardMode(x: Double) -> [Double] {
        let (graph, nodes) = problem712Graph()
        let values = graph.forward([nodes[0]: Matrix(rows: 1, cols: 1, data: [x])])
        let tangents = graph.forwardMode(values: values, seeds: [nodes[0]: Matrix(rows: 1, cols: 1, data: [1])])
            .tangents
        return (1...6).map { tangents[nodes[$0]].data[0] }
    }

    /// Eq. 7.43 as a graph: the node indices of x, f1 … f5, y.
    static func problem712Graph() -> (ComputationalGraph, [Int]) {
        var g = ComputationalGraph()
        let x = g.input("x")
        let f1 = g.apply(.exp, x, name: "f_1")
        let f2 = g.apply(.square, f1, name: "f_2")
        let f3 = g.apply(.add, f1, f2, name: "f_3")
        let f4 = g.apply(.exp, f3, name: "f_4")
        let f5 = g.apply(.sin, f3, name: "f_5")
        let y = g.apply(.add, f4, f5, name: "y")
        return (g, [x, f1, f2, f3, f4, f5, y])
    }

    static func reverseModeAnswer(x: Double) throws -> [Double] { reverseMode(x: x) }
    static func forwardModeAnswer(x: Double) throws -> [Double] { forwardMode(x: x) }

    /// Problem 7.14: E[b²] = σ²/2.
    static func reluSecondMoment(sigma: Double) throws -> Double { sigma * sigma / 2 }

    /// Problem 7.15: gradient descent from all-zero parameters on the 10-40-40-5 network of
    /// figure 7.8; the number of distinct rows of Ω_0 afterwards.
    static func distinctHiddenUnitsAfterZeroInit(steps: Int) -> Int {
        var example = TrainingExample()
        example.network.parameters = [Double](repeating: 0, count: example.network.parameterCount)
        var descent = GradientDescent(learningRate: 0.1)
        for _ in 0..<steps {
            descent.step(&example.network) {
                $0.lossAndGradients(LeastSquares(reduction: .mean), input: example.x, target: example.y).gradients
            }
        }
        let w = example.network.layers[0].weights
        return Set((0..<w.rows).map { w.row($0) }).count
    }

    static func zeroInitAnswer(steps: Int) throws -> Int { distinctHiddenUnitsAfterZeroInit(steps: steps) }

    /// Problem 7.16: the epoch losses of figure 7.8's training.
    static func figure78Losses(epochs: Int) throws -> [Double] {
        var run = TrainingExample()
        return run.train(epochs: epochs)
    }

    /// Problem 7.17: the epoch losses of the binary variant.
    static func binaryLosses(epochs: Int) throws -> [Double] {
        var run = TrainingExample(binary: true)
        return run.train(epochs: epochs)
    }

    // MARK: Notebooks

    /// Notebook 7.1: [f0, h1, f1, h2, f2, h3, f3, ℓ].
    static func toyForward(beta: [Double], omega: [Double], x: Double, y: Double) throws -> [Double] {
        let t = ToyModel(beta: beta, omega: omega).forward(x: x, y: y)
        return [t.f[0], t.h[0], t.f[1], t.h[1], t.f[2], t.h[2], t.f[3], t.loss]
    }

    /// Notebook 7.1: [∂ℓ/∂f3, ∂ℓ/∂h3, ∂ℓ/∂f2, ∂ℓ/∂h2, ∂ℓ/∂f1, ∂ℓ/∂h1, ∂ℓ/∂f0].
    static func toyBackward(beta: [Double], omega: [Double], x: Double, y: Double) throws -> [Double] {
        let model = ToyModel(beta: beta, omega: omega)
        let (dF, dH) = model.backward(model.forward(x: x, y: y), y: y)
        return [dF[3], dH[2], dF[2], dH[1], dF[1], dH[0], dF[0]]
    }

    /// Notebook 7.1: [∂ℓ/∂β0, ∂ℓ/∂ω0, …, ∂ℓ/∂β3, ∂ℓ/∂ω3].
    static func toyParameterGradient(beta: [Double], omega: [Double], x: Double, y: Double) throws -> [Double] {
        ToyModel(beta: beta, omega: omega).parameterGradient(x: x, y: y)
    }

    /// Notebook 7.2: the output of a ReLU network (eq. 7.23).
    static func deepForward(layers: [Layer], x: [Double]) throws -> [Double] {
        Network(layers: layers)(x)
    }

    /// Notebook 7.2: the least-squares gradient (eqs. 7.24–7.25) in `Network.parameters` order.
    static func deepBackward(layers: [Layer], x: [Double], y: [Double]) throws -> [Double] {
        Network(layers: layers).lossAndGradients(LeastSquares(), input: Matrix(column: x), target: Matrix(column: y))
            .gradients.flattened
    }

    /// Notebook 7.3, forward experiment.
    static func forwardStds(hiddenLayers: Int, width: Int, variance: Double) throws -> [Double] {
        NotebookNetworks.forwardStds(hiddenLayers: hiddenLayers, width: width, variance: variance)
    }

    /// Notebook 7.3, backward experiment.
    static func backwardStds(hiddenLayers: Int, width: Int, variance: Double) throws -> [Double] {
        NotebookNetworks.backwardStds(hiddenLayers: hiddenLayers, width: width, variance: variance)
    }

    /// Notebook 7.3, the stable variance: He's 2/D_h (eq. 7.31).
    static func stableVariance(width: Int) throws -> Double { 2 / Double(width) }
}
