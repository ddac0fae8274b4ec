import Companion
import Foundation
import Neural

extension GradientsAndInitialization {
    static func showGeneralBackprop(_ n: Narrator) {
        n.say(
            "Goodfellow et al. describe backpropagation for any acyclic graph. Each operation only knows its "
                + "own bprop (a Jacobian-transpose product, their eq. 6.54); build_grad (Algorithm 6.6) fills a "
                + "grad_table from the output backwards, summing over each node's consumers. Their figure 6.9 "
                + "chain z = f(f(f(w))) with f = exp, at w = 0.2:")
        var g = ComputationalGraph()
        let w = g.input("w")
        let x = g.apply(.exp, w, name: "x")
        let y = g.apply(.exp, x, name: "y")
        let z = g.apply(.exp, y, name: "z")
        let values = g.forward([w: Matrix(rows: 1, cols: 1, data: [0.2])])
        let table = g.backpropagate(output: z, targets: [w], values: values)
        n.table(
            ["node", "value", "grad_table entry ∂z/∂•"],
            [z, y, x, w].map {
                [g.nodes[$0].name, Narrator.format(values[$0].data[0]), Narrator.format(table[$0]!.data[0])]
            })
        n.say(
            "∂z/∂w = f′(y)f′(x)f′(w) = z·y·x = "
                + Narrator.format(values[z].data[0] * values[y].data[0] * values[x].data[0])
                + ": the stored x and y are reused instead of recomputing f(w) (their eq. 6.52 against 6.53).")
        var rng = NumPyRandomState(seed: 0)
        let network = Network(sizes: [3, 5, 4, 2], initialization: .he, normal: { rng.standardNormal() })
        let xb = Matrix(rows: 3, cols: 6, data: rng.normal(count: 18))
        let yb = Matrix(rows: 2, cols: 6, data: rng.normal(count: 12))
        let graph = NetworkGraph(depth: 3, weightDecay: 0.01)
        let result = graph.gradient(of: network, x: xb, y: yb)
        var core = network.lossAndGradients(LeastSquares(), input: xb, target: yb).gradients
        for k in core.weights.indices { core.weights[k] += 0.02 * network.layers[k].weights }
        let difference = zip(result.gradient, core.flattened).map { abs($0 - $1) }.max()!
        n.say(
            "The same machinery on a 3-5-4-2 ReLU network with least squares plus weight decay λ = 0.01 (their "
                + "figure 6.11 adds such a term, so each Ω_k feeds two consumers): \(graph.graph.nodes.count) nodes, "
                + "\(result.table.bpropCalls) bprop calls. Against the layer-by-layer pass of eqs. 7.24–7.25 plus "
                + "2λΩ_k the largest difference is " + scientific(difference) + ".")
    }

    static func showAdjoints(_ n: Narrator) {
        let chain = FourNeuronChain.example
        let x = FourNeuronChain.exampleX
        let y = FourNeuronChain.exampleY
        n.say(
            "Mathematical Engineering of Deep Learning (§5.4) runs Algorithm 5.1 on four one-neuron layers: "
                + "ReLU, tanh, sigmoid, identity, with C = ½(a4 − y)². It propagates adjoints ζ_ℓ = ∂C/∂a_ℓ "
                + "(the book's ∂ℓ/∂h_k) rather than the δ_ℓ = ∂C/∂z_ℓ of its Algorithm 5.2 (our ∂ℓ/∂f_k, eq. 7.24). "
                + "With θ1 = (0.3, −0.2, 0.4), θ2 = 0.8, θ3 = −1.5, θ4 = 2, x = (1, −0.5, 2), y = 1:")
        let (zeta, gradient) = chain.backward(x, y)
        n.table(["ℓ", "ζ_ℓ"], (0..<4).map { ["\(4 - $0)", Narrator.format(zeta[$0])] })
        let numeric = FiniteDifferences.gradient(
            { phi in
                var c = chain; c.parameters = phi; return c.cost(x, y)
            }, at: chain.parameters)
        n.table(
            ["parameter", "Algorithm 5.1", "finite difference"],
            ["θ1₁", "θ1₂", "θ1₃", "θ2", "θ3", "θ4"].indices.map {
                [
                    ["θ1₁", "θ1₂", "θ1₃", "θ2", "θ3", "θ4"][$0], Narrator.format(gradient[$0]),
                    Narrator.format(numeric[$0]),
                ]
            })
        n.say(
            "The variance arguments, checked by sampling. Problem 7.14: a ReLU keeps half the second moment, "
                + "E[ReLU(a)²] = σ²/2; for σ = 1.5 the sample mean over 200,000 draws is "
                + Narrator.format(VarianceChecks.reluSecondMoment(sigma: 1.5)) + " (σ²/2 = 1.125).")
        let rows: [(String, Double, Activation)] = [
            ("identity, Xavier 1/N", 1.0 / 50, .linear), ("identity, 2/N", 2.0 / 50, .linear),
            ("ReLU, Xavier 1/N", 1.0 / 50, .relu), ("ReLU, He 2/N", 2.0 / 50, .relu),
        ]
        n.table(
            ["activation, weight variance", "output variance after 20 layers", "prediction"],
            rows.map { name, w, a in
                let predicted = a == .linear ? pow(50 * w, 20) : pow(25 * w, 19) * 50 * w
                return [
                    name,
                    scientific(VarianceChecks.outputVariance(layers: 20, width: 50, weightVariance: w, activation: a)),
                    scientific(predicted),
                ]
            })
        n.say(
            "Mathematical Engineering of Deep Learning, §5.5: with an identity activation the variance is multiplied by N·w per layer (Π N w), "
                + "so w = 1/N (Xavier) is neutral. A ReLU halves the second moment, so it needs 2/N (He, eq. 7.31); the "
                + "prediction for ReLU counts one un-halved input layer and 19 halved ones (eq. 7.30).")
    }

    static func showStudyNotesStep(_ n: Narrator) {
        n.say(
            "A set of study notes on the book fits y = w·x + b to (1, 2), (2, 3), (3, 4) by the mean of the squared errors, "
                + "starting from w = b = 0 with learning rate 0.01.")
        let g = StudyNotesStep.gradient(b: 0, w: 0)
        n.value("∂L/∂w = (2/3)·Σ x_i(w x_i + b − y_i)", g[1], digits: 4)
        n.value("∂L/∂b = (2/3)·Σ (w x_i + b − y_i)", g[0], digits: 4)
        let after = StudyNotesStep.step()
        n.value("w after one step", after[1], digits: 4)
        n.value("b after one step", after[0], digits: 4)
        n.say(
            "The notes' −40/3 ≈ −13.33 and −6, then w = 0.1333 and b = 0.06. The sum-of-squares loss of the "
                + "book would give gradients three times larger.")
    }
}
