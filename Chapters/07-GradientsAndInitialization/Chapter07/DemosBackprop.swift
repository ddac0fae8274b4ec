import Companion
import Foundation
import Neural

extension GradientsAndInitialization {
    static func showToyForward(_ n: Narrator) {
        let model = ToyModel.notebook
        let x = ToyModel.notebookX
        let y = ToyModel.notebookY
        n.say(
            "Eight scalar parameters, three different activations: sin, then exp, then cos. With notebook "
                + "7.1's values β = (1, 2, −3, 0.4), ω = (0.1, −0.4, 2, 3) and the pair x = 2.3, y = 2 the forward "
                + "pass stores every intermediate quantity on its way to the loss.")
        let t = model.forward(x: x, y: y)
        n.table(
            ["quantity", "rule", "value"],
            [
                ["f0", "β0 + ω0·x", Narrator.format(t.f[0], digits: 3)],
                ["h1", "sin[f0]", Narrator.format(t.h[0], digits: 3)],
                ["f1", "β1 + ω1·h1", Narrator.format(t.f[1], digits: 3)],
                ["h2", "exp[f1]", Narrator.format(t.h[1], digits: 3)],
                ["f2", "β2 + ω2·h2", Narrator.format(t.f[2], digits: 3)],
                ["h3", "cos[f2]", Narrator.format(t.h[2], digits: 3)],
                ["f3", "β3 + ω3·h3", Narrator.format(t.f[3], digits: 3)],
                ["ℓ", "(f3 − y)²", Narrator.format(t.loss, digits: 3)],
            ])
        n.say(
            "Written out in one piece, ∂ℓ/∂ω0 (eq. 7.7) is a product of seven factors in which exp[f1] "
                + "and the whole forward pass reappear: it evaluates to "
                + Narrator.format(model.omega0ByHand(x: x, y: y), digits: 3) + ". The notebook's forward difference "
                + "with δ = 10⁻⁵ gives " + Narrator.format(forwardDifferenceOmega0(), digits: 3) + ".")
    }

    /// Notebook 7.1's check of eq. 7.7: (ℓ(ω0 + δ) − ℓ(ω0)) / δ with δ = 10⁻⁵.
    static func forwardDifferenceOmega0() -> Double {
        var moved = ToyModel.notebook
        moved.omega[0] += 0.00001
        let x = ToyModel.notebookX
        let y = ToyModel.notebookY
        return (moved.forward(x: x, y: y).loss - ToyModel.notebook.forward(x: x, y: y).loss) / 0.00001
    }

    static func showToyBackward(_ n: Narrator) {
        let model = ToyModel.notebook
        let x = ToyModel.notebookX
        let y = ToyModel.notebookY
        let trace = model.forward(x: x, y: y)
        let (dF, dH) = model.backward(trace, y: y)
        n.say(
            "Backward pass #1 starts with ∂ℓ/∂f3 = 2(f3 − y) and alternately multiplies by ∂f_k/∂h_k = ω_k "
                + "and by the activation's slope ∂h_k/∂f_{k−1}. Each value is checked by nudging that one "
                + "intermediate quantity and re-running the rest of the chain (central difference, step 10⁻⁶).")
        // ℓ as a function of one intermediate value, the downstream chain re-run from there.
        func downstream(fromF k: Int, _ value: Double) -> Double {
            var f = value
            for j in k..<3 { f = model.beta[j + 1] + model.omega[j + 1] * ToyModel.activation(j, f) }
            return (f - y) * (f - y)
        }
        func downstream(fromH k: Int, _ value: Double) -> Double {
            downstream(fromF: k + 1, model.beta[k + 1] + model.omega[k + 1] * value)
        }
        var rows = [[String]]()
        for k in stride(from: 3, through: 0, by: -1) {
            rows.append([
                "∂ℓ/∂f\(k)", Narrator.format(dF[k], digits: 3),
                Narrator.format(FiniteDifferences.derivative({ downstream(fromF: k, $0) }, at: trace.f[k]), digits: 3),
            ])
            if k > 0 {
                rows.append([
                    "∂ℓ/∂h\(k)", Narrator.format(dH[k - 1], digits: 3),
                    Narrator.format(
                        FiniteDifferences.derivative({ downstream(fromH: k - 1, $0) }, at: trace.h[k - 1]), digits: 3),
                ])
            }
        }
        n.table(["derivative", "backprop", "finite difference"], rows)
        n.say(
            "Backward pass #2 turns these into parameter derivatives: ∂ℓ/∂β_k = ∂ℓ/∂f_k and "
                + "∂ℓ/∂ω_k = h_k·∂ℓ/∂f_k (x for k = 0), eqs. 7.13–7.15.")
        let gradient = model.parameterGradient(x: x, y: y)
        let numeric = FiniteDifferences.gradient(
            { phi in
                var probe = model
                probe.parameters = phi
                return probe.forward(x: x, y: y).loss
            }, at: model.parameters)
        let names = ["β0", "ω0", "β1", "ω1", "β2", "ω2", "β3", "ω3"]
        n.table(
            ["parameter", "backprop", "finite difference"],
            (0..<8).reversed().map {
                ["∂ℓ/∂" + names[$0], Narrator.format(gradient[$0], digits: 3), Narrator.format(numeric[$0], digits: 3)]
            })
        n.say(
            "∂ℓ/∂ω0 = " + Narrator.format(gradient[1], digits: 3) + " agrees with the hand-written eq. 7.7; "
                + "backpropagation found it by multiplying one stored number into one new factor.")
    }

    static func showDeepBackprop(_ n: Narrator) {
        let network = NotebookNetworks.notebook72()
        let x = Matrix(rows: 1, cols: 1, data: [NotebookNetworks.notebook72Input])
        let y = Matrix(rows: 1, cols: 1, data: [NotebookNetworks.notebook72Target])
        n.say(
            "Notebook 7.2's network: five hidden ReLU layers of six units, one input and one output, weights "
                + "and biases drawn from a standard normal after seed 0 (Ω_0, Ω_5, β_0, β_5, then the middle "
                + "layers). Input x = 1.2, target y = 20.")
        let (loss, gradients) = network.lossAndGradients(LeastSquares(), input: x, target: y)
        n.value("network output f_5", network(x).data[0], digits: 3)
        n.value("loss ℓ = (f_5 − y)²", loss, digits: 3)
        n.say(
            "The backward pass (eq. 7.24) starts from ∂ℓ/∂f_5 = 2(f_5 − y), multiplies by Ω_kᵀ and masks by "
                + "I[f_{k−1} > 0]. Every weight and bias derivative is compared below with a central difference "
                + "(step 10⁻⁶); the column shows the worst relative error in each layer.")
        var rows = [[String]]()
        var worst = 0.0
        for k in network.layers.indices {
            let numericW = layerGradient(network, x: x, y: y, layer: k, weights: true)
            let numericB = layerGradient(network, x: x, y: y, layer: k, weights: false)
            let errorW = largestRelativeError(gradients.weights[k].data, numericW)
            let errorB = largestRelativeError(gradients.biases[k], numericB)
            worst = max(worst, errorW, errorB)
            rows.append([
                "\(k)", "\(network.layers[k].weights.rows)×\(network.layers[k].weights.cols)",
                String(format: "%.1e", errorW), String(format: "%.1e", errorB),
            ])
        }
        n.table(["k", "Ω_k", "max rel. error ∂ℓ/∂Ω_k", "max rel. error ∂ℓ/∂β_k"], rows)
        n.say(
            "Largest relative error over all \(network.parameterCount) parameters: "
                + String(format: "%.1e", worst) + ". Rows of zeros in ∂ℓ/∂Ω_k belong to units switched off by "
                + "the ReLU for this input; their differences are zero too.")
    }

    /// Central differences of the loss with respect to the weights or biases of one layer.
    static func layerGradient(_ network: Network, x: Matrix, y: Matrix, layer k: Int, weights: Bool) -> [Double] {
        let start = weights ? network.layers[k].weights.data : network.layers[k].biases
        return FiniteDifferences.gradient(
            { values in
                var probe = network
                if weights { probe.layers[k].weights.data = values } else { probe.layers[k].biases = values }
                return LeastSquares().value(output: probe(x), target: y)
            }, at: start)
    }

    /// max |a − b| / max(|b|, 1e-8) over the entries; 0 where both are exactly 0.
    static func largestRelativeError(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).map { abs($0 - $1) / max(abs($1), abs($0), 1e-8) }.max() ?? 0
    }

    static func showModes(_ n: Narrator) {
        let x = 0.5
        n.say(
            "y = exp[e^x + e^{2x}] + sin[e^x + e^{2x}] as the graph of figure 7.9 (eq. 7.43), at x = 0.5. "
                + "Reverse mode walks from y back to x, forward mode from x up to y.")
        let reverse = Reference.reverseMode(x: x)
        let forward = Reference.forwardMode(x: x)
        n.table(
            ["reverse mode", "value", "forward mode", "value"],
            (0..<6).map { i in
                [
                    ["∂y/∂f5", "∂y/∂f4", "∂y/∂f3", "∂y/∂f2", "∂y/∂f1", "∂y/∂x"][i],
                    Narrator.format(reverse[i], digits: 3),
                    ["∂f1/∂x", "∂f2/∂x", "∂f3/∂x", "∂f4/∂x", "∂f5/∂x", "∂y/∂x"][i],
                    Narrator.format(forward[i], digits: 3),
                ]
            })
        n.say(
            "Both end at the same ∂y/∂x, and each sweep uses one local derivative per edge of the graph "
                + "(8 here). The difference is what one sweep buys: reverse mode gives the derivative of one output "
                + "with respect to every input; forward mode gives every node's derivative with respect to one input.")
        let sizes = [10, 40, 40, 5]
        var rng = NumPyRandomState(seed: 0)
        let network = Network(sizes: sizes, initialization: .he, normal: { rng.standardNormal() })
        let graph = NetworkGraph(depth: 3)
        let xb = Matrix(rows: 10, cols: 1, data: rng.normal(count: 10))
        let yb = Matrix(rows: 5, cols: 1, data: rng.normal(count: 5))
        let result = graph.gradient(of: network, x: xb, y: yb)
        let values = graph.graph.forward(graph.values(for: network, x: xb, y: yb))
        let oneSweep = graph.graph.forwardMode(values: values, seeds: [:]).products
        n.say(
            "For a loss, one output and many parameters, that makes all the difference. The 10-40-40-5 "
                + "network of figure 7.8 has \(network.parameterCount) parameters in a graph of "
                + "\(graph.graph.nodes.count) nodes: reverse mode needs one sweep of \(result.table.bpropCalls) "
                + "Jacobian products, forward mode one sweep of \(oneSweep) products per parameter, "
                + "\(oneSweep * network.parameterCount) in all.")
    }
}
