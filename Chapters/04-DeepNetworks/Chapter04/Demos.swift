import Companion
import Neural

extension DeepNetworks {
    static let demos: [Demo] = [
        Demo(
            id: "compose", title: "Two shallow networks in a row: 3 × 3 = 9 regions (figure 4.1)", body: showComposition
        ),
        Demo(id: "fold", title: "The first network folds the input (figure 4.3)", body: showFolding),
        Demo(
            id: "clipping", title: "Two hidden layers: clip, weight, sum (eqs. 4.7–4.9, figure 4.5)", body: showClipping
        ),
        Demo(id: "matrix", title: "The same networks as matrices (eq. 4.15)", body: showMatrices),
        Demo(id: "depth", title: "Depth against width: regions per parameter (eq. 4.17, figure 4.7)", body: showDepth),
        Demo(
            id: "interpolation",
            title: "Beyond the book: joining the dots with ReLUs (Mathematical Engineering of DL, figure 5.2)",
            body: showInterpolation),
        Demo(
            id: "gate", title: "Beyond the book: a network that multiplies (Mathematical Engineering of DL, eq. 5.13)",
            body: showGate),
    ]

    static func showComposition(_ n: Narrator) {
        n.say(
            "The first network of figure 4.1 goes up, down and up again on x ∈ [−1, 1], each time covering "
                + "y ∈ [−1, 1]. The second network, three pieces of its own, is applied to that y.")
        let first = figure41First.network
        let second = figure41Second.network
        let composite = compose(first, second)
        n.table(
            ["function", "hidden layers", "linear regions on [−1, 1]"],
            [
                ["y = first(x)", "1", "\(pieces(of: first, on: -1...1))"],
                ["y′ = second(y)", "1", "\(pieces(of: second, on: -1...1))"],
                ["y′ = second(first(x))", "2", "\(pieces(of: composite, on: -1...1))"],
            ])
        n.say(
            "Each of the first network's three pieces sweeps the whole range of y, so the second network's three "
                + "pieces appear three times: nine regions, counted here by the changes of activation pattern along x. "
                + "A shallow network with the same six hidden units could make at most seven.")
        n.say(
            "Notebook 4.1's nets give the same multiplication when the first is repeated: "
                + "net1 has \(pieces(of: notebookFirst.network, on: -1...1)) pieces, and")
        n.table(
            ["copies of net1 before net2", "regions"],
            (1...3).map { copies in
                let chain = compose(selfComposition(notebookFirst.network, copies: copies), notebookSecond.network)
                return ["\(copies)", "\(pieces(of: chain, on: -1...1))"]
            })
    }

    static func showFolding(_ n: Narrator) {
        n.say(
            "Pick an output value of the first network, say y = 0.5. Three different inputs reach it, one on each "
                + "piece; whatever the second network does at y = 0.5 therefore happens at all three of them.")
        let first = figure41First
        let second = figure41Second
        let knots = [-1.0, 0.0, 0.6, 1.0]
        let values = [-1.0, 1.0, -1.0, 1.0]
        let target = 0.5
        let preimages = (0..<3).map { k in
            knots[k] + (target - values[k]) / (values[k + 1] - values[k]) * (knots[k + 1] - knots[k])
        }
        n.table(
            ["x", "y = first(x)", "y′ = second(y)", "slope dy/dx"],
            preimages.map { x in
                let slope = (first(x + 1e-6) - first(x - 1e-6)) / 2e-6
                return [
                    Narrator.format(x), Narrator.format(first(x)), Narrator.format(second(first(x))),
                    Narrator.format(slope, digits: 3),
                ]
            })
        n.say(
            "The slopes alternate in sign: the first and third copies of the second function are stretched versions, "
                + "the middle one is mirrored. Folding the x axis at the joints x = 0 and x = 0.6 stacks the three "
                + "pieces on top of each other; the second network acts on the stack, and unfolding reveals figure 4.1d."
        )
    }

    static func showClipping(_ n: Narrator) {
        n.say(
            "With two hidden layers the second layer's pre-activations are three piecewise linear functions of x "
                + "that share the first layer's joints. ReLU clips each at zero, adding new joints where it crosses; the "
                + "output weights and sums them. Figure 4.5's network, at a few inputs:")
        let network = figure45
        let xs = [0.25, 0.75, 1.3, 1.8]
        let trace = network.forward(Matrix(row: xs))
        n.table(
            ["x", "ψ-layer pre-activations", "after ReLU", "y′"],
            xs.indices.map { i in
                let f = trace.preActivations[1].column(i)
                let h = f.map { max(0, $0) }
                return [
                    Narrator.format(xs[i], digits: 2), f.map { Narrator.format($0, digits: 2) }.joined(separator: ", "),
                    h.map { Narrator.format($0, digits: 2) }.joined(separator: ", "),
                    Narrator.format(trace.output[0, i], digits: 3),
                ]
            })
        n.say(
            "On [0, 2] the first layer makes \(pieces(of: Network(layers: [network.layers[0], Layer(weights: Matrix(row: [1, 1, 1]), biases: [0])]), on: 0...2)) "
                + "pieces; after clipping, the output has \(pieces(of: network, on: 0...2)).")
        n.say("Notebook 4.2's network and its three suggested edits, with the number of linear regions on [0, 1]:")
        let theta = [[0.3, -1.0], [-1.0, 2.0], [-0.5, 0.65]]
        let psi = [[0.3, 2.0, -1.0, 7.0], [-0.2, 2.0, 1.2, -8.0], [0.3, -2.3, -0.8, 2.0]]
        var raised = psi
        var flipped = psi
        raised[0][0] += 0.5
        flipped[1] = flipped[1].map { -$0 }
        let rows: [(String, Network)] = [
            ("as given", notebookClipping),
            ("ψ10 + 0.5", twoLayerNetwork(theta: theta, psi: raised, phi: [0.0, 0.5, -1.5, 2.2])),
            ("ψ2• × −1", twoLayerNetwork(theta: theta, psi: flipped, phi: [0.0, 0.5, -1.5, 2.2])),
            ("φ'3 = −1", twoLayerNetwork(theta: theta, psi: psi, phi: [0.0, 0.5, -1.5, -1])),
        ]
        n.table(
            ["network", "regions", "y′(0)", "y′(0.5)", "y′(0.99)"],
            rows.map { name, net in
                [name, "\(pieces(of: net, on: 0...1))"]
                    + [0.0, 0.5, 0.99].map { Narrator.format(net([$0])[0], digits: 3) }
            })
    }

    static func showMatrices(_ n: Narrator) {
        n.say(
            "Eq. 4.15 stores each layer as a bias vector β_k and a weight matrix Ω_k. Writing notebook 4.1's "
                + "net2(net1(x)) that way merges net1's output layer into net2's first layer (eqs. 4.5–4.6):")
        let layers = compose(notebookFirst.network, notebookSecond.network).layers
        for (k, layer) in layers.enumerated() {
            n.line("  β_\(k) = [\(layer.biases.map { Narrator.format($0, digits: 3) }.joined(separator: ", "))]")
            n.line(
                "  Ω_\(k) (\(layer.weights.rows)×\(layer.weights.cols)) = "
                    + (0..<layer.weights.rows).map { i in
                        "[" + layer.weights.row(i).map { Narrator.format($0, digits: 3) }.joined(separator: ", ") + "]"
                    }
                    .joined(separator: " "))
        }
        n.say(
            "Ω_1 is the outer product [θ'11, θ'21, θ'31]ᵀ[φ1, φ2, φ3], so its rows are multiples of each other: a "
                + "composition is a two-layer network whose middle matrix has rank one. A general deep network lets all "
                + "nine entries vary, which is why it describes a larger family.")
        let xs = [-0.9, -0.3, 0.2, 0.8]
        let deep = Network(layers: layers)
        n.table(
            ["x", "net2(net1(x))", "eq. 4.15"],
            xs.map { x in
                [
                    Narrator.format(x, digits: 1), Narrator.format(notebookSecond(notebookFirst(x))),
                    Narrator.format(deep([x])[0]),
                ]
            })
    }

    static func showDepth(_ n: Narrator) {
        n.say(
            "With one input, K layers of D units make at most (D + 1)^K regions from 3D + 1 + (K − 1)D(D + 1) "
                + "parameters. Problem 4.8's three-unit 'oscillator' reaches the bound: every copy maps [0, 1] onto itself "
                + "four times. Random networks (He weights, biases drawn N(0, 1), seed 4) fall far short of it; we count "
                + "their regions on [−4, 4].")
        let oscillator = figure49(phi: (try? Reference.oscillatorPhi()) ?? [0, 0, 0, 0]).network
        var random = NumPyRandomState(seed: 4)
        var rows: [[String]] = []
        for layers in 1...4 {
            let sizes = [1] + Array(repeating: 3, count: layers) + [1]
            var net = Network(sizes: sizes, initialization: .he, normal: { random.standardNormal() })
            for k in net.layers.indices {
                net.layers[k].biases = net.layers[k].biases.map { _ in random.standardNormal() }
            }
            rows.append([
                "\(layers)", "3", "\(net.parameterCount)",
                Narrator.format(
                    DeepRegionBound.maximumRegions(inputDimensions: 1, hiddenUnits: 3, layers: layers), digits: 0),
                "\(pieces(of: selfComposition(oscillator, copies: layers), on: 0...1))",
                "\(pieces(of: net, on: -4...4))",
            ])
        }
        n.table(["K", "D", "parameters", "bound (4.17)", "oscillator", "random"], rows)
        n.say(
            "A shallow network buys one region per hidden unit at three parameters each. Problem 4.11 compares "
                + "budgets of 286 parameters:")
        n.table(
            ["network", "parameters", "maximum regions"],
            [
                [
                    "shallow, D = 95",
                    "\(DeepRegionBound.parameterCount(inputDimensions: 1, hiddenUnits: 95, layers: 1))",
                    Narrator.format(
                        DeepRegionBound.maximumRegions(inputDimensions: 1, hiddenUnits: 95, layers: 1), digits: 0),
                ],
                [
                    "deep, K = 10, D = 5",
                    "\(DeepRegionBound.parameterCount(inputDimensions: 1, hiddenUnits: 5, layers: 10))",
                    Narrator.format(
                        DeepRegionBound.maximumRegions(inputDimensions: 1, hiddenUnits: 5, layers: 10), digits: 0),
                ],
            ])
        n.say(
            "The shallow one should still run faster: its 95 units are one matrix product that runs in parallel, "
                + "while the deep one needs ten products in sequence. The highlighted points of figure 4.7:")
        n.table(
            ["D_i", "K", "D", "parameters", "maximum regions (4.17)", "shallow network, same D·K units"],
            [(1, 5, 10), (10, 5, 50)].map { inputs, layers, units in
                [
                    "\(inputs)", "\(layers)", "\(units)",
                    "\(DeepRegionBound.parameterCount(inputDimensions: inputs, hiddenUnits: units, layers: layers))",
                    formatLarge(
                        DeepRegionBound.maximumRegions(inputDimensions: inputs, hiddenUnits: units, layers: layers)),
                    formatLarge(LinearRegions.zaslavskyBound(hiddenUnits: units * layers, inputDimensions: inputs)),
                ]
            })
        n.say(
            "Two inputs, measured: random 2-D networks counted by activation pattern on a 301 × 301 grid of [−3, 3]² "
                + "(a lower bound: tiny regions can fall between grid points).")
        let side = 301
        let grid = Matrix(rows: 2, cols: side * side) { row, column in
            -3 + 6 * Double(row == 0 ? column % side : column / side) / Double(side - 1)
        }
        var twoD: [[String]] = []
        for (layers, units) in [(1, 8), (2, 4), (4, 2)] {
            let sizes = [2] + Array(repeating: units, count: layers) + [1]
            var net = Network(sizes: sizes, initialization: .he, normal: { random.standardNormal() })
            for k in net.layers.indices {
                net.layers[k].biases = net.layers[k].biases.map { _ in random.standardNormal() }
            }
            twoD.append([
                "\(layers)", "\(units)", "\(net.parameterCount)",
                Narrator.format(
                    DeepRegionBound.maximumRegions(inputDimensions: 2, hiddenUnits: units, layers: layers), digits: 0),
                Narrator.format(
                    LinearRegions.zaslavskyBound(hiddenUnits: layers * units, inputDimensions: 2), digits: 0),
                "\(LinearRegions.count(of: net, inputs: grid))",
            ])
        }
        n.table(["K", "D", "parameters", "bound (4.17)", "shallow bound, D·K units", "random, measured"], twoD)
        n.say(
            "Depth raises the ceiling, but random parameters rarely use it; the regions of deep networks are also "
                + "tied together by the symmetries that folding creates.")
    }

    /// "1.80 × 10^41" for large counts, plain digits below a million.
    static func formatLarge(_ value: Double) -> String {
        guard value >= 1e6 else { return Narrator.format(value, digits: 0) }
        var exponent = 0
        var mantissa = value
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        return Narrator.format(mantissa, digits: 2) + " × 10^" + "\(exponent)"
    }

    static func showInterpolation(_ n: Narrator) {
        n.say(
            "Liquet, Moka and Nazarathy (Mathematical Engineering of Deep Learning, §5.2) join r samples of "
                + "f*(x) = cos(2cos(x²) + (x − 1)²/4) + x/2 + 1 on [0, 4] by straight lines, exactly, with one hidden "
                + "layer of r − 1 ReLUs: unit i switches on at u_i with slope 1, its output weight is the change of slope "
                + "there, and the output offset is f*(u_1).")
        let xs = (0...4000).map { Double($0) / 1000 }
        n.table(
            ["r", "hidden units", "parameters", "error at the samples", "largest error on [0, 4]"],
            [10, 30, 100].map { r in
                let samples = medlSamples(r)
                let net =
                    ((try? Reference.interpolationNetwork(u: samples.u, v: samples.v))
                    ?? ShallowNetwork(theta0: [], theta1: [], phi0: 0, phi: [])).network
                let atSamples = zip(net(Matrix(row: samples.u)).data, samples.v).map { abs($0 - $1) }.max() ?? 0
                let everywhere = zip(net(Matrix(row: xs)).data, xs.map(medlTarget)).map { abs($0 - $1) }.max() ?? 0
                return [
                    "\(r)", "\(r - 1)", "\(net.parameterCount)", String(format: "%.1e", atSamples),
                    Narrator.format(everywhere, digits: 3),
                ]
            })
        n.say(
            "The same section counts parameters of its figure 5.1 networks: 4-5-1 has 5·4 + 5 + 1·5 + 1 = "
                + "\(Network(sizes: [4, 5, 1]).parameterCount), and 4-4-3-5-1 has \(Network(sizes: [4, 4, 3, 5, 1]).parameterCount)."
        )
    }

    static func showGate(_ n: Narrator) {
        n.say(
            "Four hidden units and no biases approximate x1·x2 (Mathematical Engineering of Deep Learning, eq. 5.13). The hidden units see ±λ(x1 + x2) "
                + "and ±λ(x1 − x2); with an activation whose second derivative at 0 is not zero, the even Taylor terms "
                + "leave 4λ²σ″(0)·x1x2. ReLU has no second derivative at 0, so we use SoftPlus (σ″(0) = 1/4, μ = 1/λ²)."
        )
        let points = [(1.0, 2.0), (-0.5, 0.8), (1.5, -1.5)]
        n.table(
            ["λ"] + points.map { "(\($0.0), \($0.1))" },
            [1.0, 0.3, 0.1, 0.01].map { lambda in
                let gate = gateNetwork(lambda: lambda, secondDerivativeAtZero: 0.25)
                return [Narrator.format(lambda, digits: 2)]
                    + points.map { Narrator.format(gate([$0.0, $0.1])[0], digits: 5) }
            } + [["x1·x2"] + points.map { Narrator.format($0.0 * $0.1, digits: 5) }])
        n.say("The error shrinks like λ²: to leading order the output is x1x2(1 − λ²(x1² + x2²)/12).")
    }
}
