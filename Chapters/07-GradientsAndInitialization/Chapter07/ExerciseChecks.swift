import Companion
import Foundation
import Neural

/// The checks behind the exercises. Each compares an answer with numbers from outside it:
/// notebook 7.1–7.3 values, finite differences of the loss, or closed forms.
extension GradientsAndInitialization {
    // MARK: Problems 7.1–7.11

    /// Eq. 7.34 evaluated directly, for finite differences.
    static func twoLayerOutput(_ p: [Double], _ x: Double) -> Double {
        let h1 = max(0, p[3] + p[4] * x)
        let h2 = max(0, p[5] + p[6] * x)
        return p[0] + p[1] * max(0, p[7] + p[8] * h1 + p[9] * h2) + p[2] * max(0, p[10] + p[11] * h1 + p[12] * h2)
    }

    static func checkTwoLayer(_ answer: @Sendable ([Double], Double) throws -> [Double]) throws {
        var rng = NumPyRandomState(seed: 5)
        for trial in 0..<12 {
            let p = rng.normal(count: 13)
            let x = rng.uniform(low: -2, high: 2)
            let got = try answer(p, x)
            try expectEqual(got.count, 13, "number of derivatives")
            try expectClose(
                got, FiniteDifferences.gradient({ twoLayerOutput($0, x) }, at: p), tolerance: 1e-5,
                "∂y/∂(φ, θ, ψ) at x = \(Narrator.format(x, digits: 3)), trial \(trial), against finite differences")
        }
    }

    static func checkChainTerms(_ answer: @Sendable ([Double], [Double], Double) throws -> [Double]) throws {
        for (beta, omega, x) in [
            (ToyModel.notebook.beta, ToyModel.notebook.omega, ToyModel.notebookX),
            ([0.3, -1.0, 0.5, 0.0], [1.2, 0.7, -0.4, 1.5], -0.8),
        ] {
            let t = ToyModel(beta: beta, omega: omega).forward(x: x, y: 0)
            let numeric = [
                FiniteDifferences.derivative(cos, at: t.f[2]),
                FiniteDifferences.derivative({ beta[2] + omega[2] * $0 }, at: t.h[1]),
                FiniteDifferences.derivative(exp, at: t.f[1]),
                FiniteDifferences.derivative({ beta[1] + omega[1] * $0 }, at: t.h[0]),
                FiniteDifferences.derivative(sin, at: t.f[0]),
            ]
            try expectClose(
                try answer(beta, omega, x), numeric, tolerance: 1e-6,
                "[∂h3/∂f2, ∂f2/∂h2, ∂h2/∂f1, ∂f1/∂h1, ∂h1/∂f0] at x = \(x), against finite differences")
        }
    }

    static func checkTermSizes(_ answer: @Sendable (Int, Int, Int, Int) throws -> [[Int]]) throws {
        let got = try answer(4, 3, 5, 2)
        try expectEqual(got.count, 7, "number of terms")
        // The text after eq. 7.17: the last three terms are D3 × D3, D3 × Df and Df × 1.
        try expectEqual(
            Array(got.suffix(3)), [[5, 5], [5, 2], [2, 1]], "the last three terms (stated after eq. 7.17)")
        // ∂a/∂b holds ∂a_i/∂b_j in column i, row j: it has dim(b) rows and dim(a) columns.
        let dims = [4, 4, 3, 3, 5, 5, 2]  // f0, h1, f1, h2, f2, h3, f3 and then ℓ (size 1)
        for term in 0..<7 {
            let (a, b) = (term == 6 ? 1 : dims[term + 1], dims[term])
            try expectEqual(got[term], [b, a], "term \(term + 1) of eq. 7.19 for D1 = 4, D2 = 3, D3 = 5, Df = 2")
        }
    }

    static func checkScalarRule(
        _ answer: @Sendable (Double, Double) throws -> Double, _ name: String, ys: [Double] = [-1.3, 0.4, 2.0],
        loss: @escaping (Double, Double) -> Double
    ) throws {
        for y in ys {
            for f in [-3.0, -0.4, 0.0, 0.9, 2.5] {
                try expectClose(
                    try answer(f, y), FiniteDifferences.derivative({ loss($0, y) }, at: f), tolerance: 1e-6,
                    "∂ℓ/∂f of \(name) at f = \(f), y = \(y), against finite differences")
            }
        }
    }

    static func checkAffineJacobian(_ answer: @Sendable (Matrix) throws -> Matrix) throws {
        let omega = Matrix([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]])
        let beta = [0.1, -0.2]
        let got = try answer(omega)
        try expectEqual("\(got.rows)×\(got.cols)", "3×2", "the size of ∂z/∂h for z of size 2 and h of size 3")
        let h = [0.3, -0.6, 1.1]
        for j in 0..<3 {
            for i in 0..<2 {
                let numeric = FiniteDifferences.derivative(
                    { value in
                        var moved = h
                        moved[j] = value
                        return beta[i] + (omega * moved)[i]
                    }, at: h[j])
                try expectClose(
                    got[j, i], numeric, tolerance: 1e-8, "∂z_\(i + 1)/∂h_\(j + 1) (row \(j + 1), column \(i + 1))")
            }
        }
    }

    static func checkSigmoidDerivative(_ answer: @Sendable (Double) throws -> Double) throws {
        for f in [-20.0, -3.0, -0.5, 0.0, 0.7, 4.0, 20.0] {
            try expectClose(
                try answer(f), FiniteDifferences.derivative({ 1 / (1 + exp(-$0)) }, at: f), tolerance: 1e-8,
                "∂sig/∂f at f = \(f), against finite differences")
        }
        try expectThat(
            abs(try answer(20)) < 1e-8 && abs(try answer(-20)) < 1e-8,
            "for large |f| the sigmoid is flat, so its derivative must vanish")
    }

    static func checkStepFunctions(_ answer: @Sendable (Double) throws -> [Double]) throws {
        let heaviside = { (z: Double) in z >= 0 ? 1.0 : 0.0 }
        let rect = { (z: Double) in (0...1).contains(z) ? 1.0 : 0.0 }
        for z in [-1.5, -0.3, 0.4, 0.8, 1.7] {
            try expectClose(
                try answer(z),
                [
                    FiniteDifferences.derivative(heaviside, at: z, step: 1e-3),
                    FiniteDifferences.derivative(rect, at: z, step: 1e-3),
                ],
                tolerance: 1e-12, "[Heaviside′, rect′] at z = \(z), against finite differences")
        }
    }

    static func checkWeightGradient(_ answer: @Sendable ([Double], [Double]) throws -> Matrix) throws {
        let omega = Matrix([[0.4, -1.2, 0.3], [0.9, 0.5, -0.7]])
        let beta = [0.2, -0.1]
        let y = [1.0, -0.5]
        let h = [0.7, -1.1, 2.0]
        let f = zip(beta, omega * h).map { $0 + $1 }
        let got = try answer(zip(f, y).map { 2 * ($0 - $1) }, h)
        try expectEqual("\(got.rows)×\(got.cols)", "2×3", "the shape of ∂ℓ/∂Ω (that of Ω)")
        let numeric = FiniteDifferences.gradient(
            { w in
                let moved = Matrix(rows: 2, cols: 3, data: w)
                return zip(zip(beta, moved * h).map { $0 + $1 }, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
            }, at: omega.data)
        try expectClose(got.data, numeric, tolerance: 1e-6, "∂ℓ/∂Ω for ℓ = ‖β + Ωh − y‖², against finite differences")
    }

    /// Small random networks for the gradient checks, with inputs and targets.
    static func checkNetworks(seed: UInt32) -> [(layers: [Layer], x: [Double], y: [Double])] {
        var rng = NumPyRandomState(seed: seed)
        return [[2, 5, 4, 1], [3, 6, 6, 6, 2], [1, 8, 3]].map { sizes in
            let network = Network(sizes: sizes, initialization: .variance(1), normal: { rng.standardNormal() })
            var layers = network.layers
            for k in layers.indices { layers[k].biases = rng.normal(count: layers[k].outputSize) }
            return (layers, rng.normal(count: sizes[0]), rng.normal(count: sizes.last!))
        }
    }

    /// Central differences of ℓ = Σ (f − y)² for a network with the given activation.
    static func networkFiniteDifferences(_ layers: [Layer], _ activation: Activation, _ x: [Double], _ y: [Double])
        -> [Double]
    {
        let network = Network(layers: layers, activation: activation)
        return FiniteDifferences.gradient(
            { phi in
                var probe = network
                probe.parameters = phi
                return zip(probe(x), y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
            }, at: network.parameters)
    }

    static func checkLeakyReLU(_ answer: @Sendable ([Layer], Double, [Double], [Double]) throws -> [Double]) throws {
        for (index, net) in checkNetworks(seed: 21).enumerated() {
            let (layers, x, y) = net
            for alpha in [0.1, 0.3] {
                try expectClose(
                    try answer(layers, alpha, x, y),
                    networkFiniteDifferences(layers, .leakyReLU(slope: alpha), x, y), tolerance: 1e-5,
                    "∂ℓ/∂φ for network \(index + 1) with α = \(alpha), against finite differences")
            }
        }
    }

    static func checkCheckpointing(
        _ answer: @Sendable ([Layer], [Double], [Double], Int) throws -> (gradient: [Double], recomputed: Int)
    ) throws {
        var rng = NumPyRandomState(seed: 8)
        for (depth, every) in [(50, 10), (13, 4)] {
            let sizes = [3] + [Int](repeating: 6, count: depth - 1) + [2]
            let network = Network(sizes: sizes, initialization: .he, normal: { rng.standardNormal() })
            let x = rng.normal(count: 3)
            let y = rng.normal(count: 2)
            let full = network.lossAndGradients(LeastSquares(), input: Matrix(column: x), target: Matrix(column: y))
            let got = try answer(network.layers, x, y, every)
            try expectClose(
                got.gradient, full.gradients.flattened, tolerance: 1e-10,
                "the gradient of a \(depth)-layer network checkpointed every \(every) layers, against full backprop")
            let blocks = (depth + every - 1) / every
            try expectThat(
                (depth - blocks...depth).contains(got.recomputed),
                "recomputed layers for \(depth) layers and checkpoints every \(every): expected \(depth - blocks)…\(depth) "
                    + "(about one extra forward pass), got \(got.recomputed)")
        }
    }

    // MARK: Problems 7.12–7.17

    static func checkReverseMode(_ answer: @Sendable (Double) throws -> [Double]) throws {
        for x in [-0.7, 0.0, 0.5] {
            let f1 = exp(x)
            let f3 = f1 + f1 * f1
            let dyDf3 = exp(f3) + cos(f3)
            let expected = [1, 1, dyDf3, dyDf3, dyDf3 * (1 + 2 * f1), dyDf3 * (1 + 2 * f1) * f1]
            let got = try answer(x)
            try expectClose(got, expected, tolerance: 1e-9, "[∂y/∂f5, …, ∂y/∂x] at x = \(x) (chain rule by hand)")
            let y = { (x: Double) in exp(exp(x) + exp(2 * x)) + sin(exp(x) + exp(2 * x)) }
            try expectClose(
                got[5], FiniteDifferences.derivative(y, at: x), tolerance: 1e-6,
                "∂y/∂x at x = \(x), against finite differences")
        }
    }

    static func checkForwardMode(_ answer: @Sendable (Double) throws -> [Double]) throws {
        let chain: [(Double) -> Double] = [
            { exp($0) }, { exp(2 * $0) }, { exp($0) + exp(2 * $0) }, { exp(exp($0) + exp(2 * $0)) },
            { sin(exp($0) + exp(2 * $0)) }, { exp(exp($0) + exp(2 * $0)) + sin(exp($0) + exp(2 * $0)) },
        ]
        for x in [-0.7, 0.0, 0.5] {
            try expectClose(
                try answer(x), chain.map { FiniteDifferences.derivative($0, at: x) }, tolerance: 1e-6,
                "[∂f1/∂x, …, ∂y/∂x] at x = \(x), against finite differences of each f_k(x)")
        }
    }

    static func checkReluSecondMoment(_ answer: @Sendable (Double) throws -> Double) throws {
        for sigma in [0.5, 1.5, 3.0] {
            // ∫_0^∞ a² N(a; 0, σ²) da by the trapezoid rule on [0, 12σ].
            let steps = 20_000
            let width = 12 * sigma / Double(steps)
            let density = { (a: Double) in exp(-a * a / (2 * sigma * sigma)) / (sigma * (2 * Double.pi).squareRoot()) }
            let integral = (0...steps).reduce(0.0) { sum, i in
                let a = Double(i) * width
                return sum + (i == 0 || i == steps ? 0.5 : 1) * a * a * density(a) * width
            }
            try expectClose(
                try answer(sigma), integral, tolerance: 1e-6,
                "E[ReLU(a)²] for a ~ N(0, \(sigma)²), by numerical integration")
        }
    }

    static func checkZeroInit(_ answer: @Sendable (Int) throws -> Int) throws {
        for steps in [1, 25] {
            try expectEqual(
                try answer(steps), 1,
                "distinct hidden units after \(steps) step(s) from zero (identical units get identical updates)")
        }
    }

    /// Epoch losses of the port of figure 7.8, from a NumPy transcription of the same draws
    /// and updates (epochs 1, 2, 10 and 100).
    static let numpyLosses: [Bool: [Double]] = [
        false: [14.023503048903311, 9.16492288715895, 6.858906269754741, 2.5182600781517923],
        true: [8.951910083697646, 6.091452082273413, 0.8099839840371773, 0.020816820009501406],
    ]

    static func checkTraining(_ answer: @Sendable (Int) throws -> [Double], binary: Bool) throws {
        let expected = numpyLosses[binary]!
        let short = try answer(10)
        try expectEqual(short.count, 10, "number of epoch losses for 10 epochs")
        try expectClose(
            [short[0], short[1], short[9]], Array(expected.prefix(3)), tolerance: 1e-9,
            "losses of epochs 1, 2 and 10 (NumPy transcription of the same run)")
        let long = try answer(100)
        try expectClose(long[99], expected[3], tolerance: 1e-8, "loss of epoch 100 (NumPy transcription)")
    }

    // MARK: Notebooks

    /// Notebook 7.1's printed values (`%3.3f`).
    static let notebookForward = [1.230, 0.942, 1.623, 5.068, 7.137, 0.657, 2.372, 0.139]
    static let notebookBackward = [0.745, 2.234, -1.683, -3.366, -17.060, 6.824, 2.281]
    static let notebookParameters: [Int: Double] = [
        6: 0.745, 7: 0.489, 4: -1.683, 5: -8.530, 2: -17.060, 3: -16.079, 0: 2.281, 1: 5.246,
    ]
    static let otherToy = (beta: [-0.5, 0.3, 1.0, -1.2], omega: [0.8, 1.1, -0.6, 2.2], x: -1.4, y: 0.5)

    static func checkToyForward(_ answer: @Sendable ([Double], [Double], Double, Double) throws -> [Double]) throws {
        let m = ToyModel.notebook
        let got = try answer(m.beta, m.omega, ToyModel.notebookX, ToyModel.notebookY)
        try expectEqual(got.count, 8, "number of values [f0, h1, f1, h2, f2, h3, f3, ℓ]")
        try expectClose(got, notebookForward, tolerance: 0.0005, "notebook 7.1's forward values (3 decimals)")
        let o = otherToy
        let f0 = o.beta[0] + o.omega[0] * o.x
        let f1 = o.beta[1] + o.omega[1] * sin(f0)
        let f2 = o.beta[2] + o.omega[2] * exp(f1)
        let f3 = o.beta[3] + o.omega[3] * cos(f2)
        try expectClose(
            try answer(o.beta, o.omega, o.x, o.y),
            [f0, sin(f0), f1, exp(f1), f2, cos(f2), f3, (f3 - o.y) * (f3 - o.y)],
            tolerance: 1e-12, "the forward values for β = \(o.beta), ω = \(o.omega), x = \(o.x) (eq. 7.5 written out)")
    }

    static func checkToyBackward(_ answer: @Sendable ([Double], [Double], Double, Double) throws -> [Double]) throws {
        let m = ToyModel.notebook
        try expectClose(
            try answer(m.beta, m.omega, ToyModel.notebookX, ToyModel.notebookY), notebookBackward, tolerance: 0.0005,
            "notebook 7.1's backward values (3 decimals)")
        let o = otherToy
        let model = ToyModel(beta: o.beta, omega: o.omega)
        let t = model.forward(x: o.x, y: o.y)
        // ℓ as a function of one intermediate value, with the rest of the chain re-run from there.
        func fromF(_ k: Int, _ v: Double) -> Double {
            var f = v
            for j in k..<3 { f = o.beta[j + 1] + o.omega[j + 1] * ToyModel.activation(j, f) }
            return (f - o.y) * (f - o.y)
        }
        let numeric = [
            FiniteDifferences.derivative({ fromF(3, $0) }, at: t.f[3]),
            FiniteDifferences.derivative({ fromF(3, o.beta[3] + o.omega[3] * $0) }, at: t.h[2]),
            FiniteDifferences.derivative({ fromF(2, $0) }, at: t.f[2]),
            FiniteDifferences.derivative({ fromF(2, o.beta[2] + o.omega[2] * $0) }, at: t.h[1]),
            FiniteDifferences.derivative({ fromF(1, $0) }, at: t.f[1]),
            FiniteDifferences.derivative({ fromF(1, o.beta[1] + o.omega[1] * $0) }, at: t.h[0]),
            FiniteDifferences.derivative({ fromF(0, $0) }, at: t.f[0]),
        ]
        try expectClose(
            try answer(o.beta, o.omega, o.x, o.y), numeric, tolerance: 1e-5,
            "∂ℓ/∂f3 … ∂ℓ/∂f0 for the second parameter set, against finite differences")
    }

    static func checkToyParameters(_ answer: @Sendable ([Double], [Double], Double, Double) throws -> [Double]) throws {
        let m = ToyModel.notebook
        let got = try answer(m.beta, m.omega, ToyModel.notebookX, ToyModel.notebookY)
        try expectEqual(got.count, 8, "number of parameter derivatives")
        for (index, value) in notebookParameters.sorted(by: { $0.key < $1.key }) {
            try expectClose(
                got[index], value, tolerance: 0.0005,
                "notebook 7.1's value for derivative \(index + 1) of [∂ℓ/∂β0, ∂ℓ/∂ω0, …]")
        }
        let o = otherToy
        let numeric = FiniteDifferences.gradient(
            { phi in
                var probe = ToyModel(beta: o.beta, omega: o.omega)
                probe.parameters = phi
                return probe.forward(x: o.x, y: o.y).loss
            }, at: ToyModel(beta: o.beta, omega: o.omega).parameters)
        try expectClose(
            try answer(o.beta, o.omega, o.x, o.y), numeric, tolerance: 1e-5,
            "the parameter derivatives for the second parameter set, against finite differences")
    }

    static func checkDeepForward(_ answer: @Sendable ([Layer], [Double]) throws -> [Double]) throws {
        let network = NotebookNetworks.notebook72()
        let got = try answer(network.layers, [NotebookNetworks.notebook72Input])
        try expectEqual(got.count, 1, "number of outputs")
        try expectClose(got[0], 1.907, tolerance: 0.0005, "notebook 7.2's output for x = 1.2 (\"True output = 1.907\")")
        for (index, net) in checkNetworks(seed: 4).enumerated() {
            let (layers, x) = (net.layers, net.x)
            var h = x
            for (k, layer) in layers.enumerated() {
                h = zip(layer.weights * h, layer.biases).map { $0 + $1 }
                if k < layers.count - 1 { h = h.map { max(0, $0) } }
            }
            try expectClose(
                try answer(layers, x), h, tolerance: 1e-12,
                "the output of check network \(index + 1) (eq. 7.23 by hand)")
        }
    }

    /// NumPy's backprop of notebook 7.2's network at x = 1.2, y = 20: ∂ℓ/∂β_0 and ∂ℓ/∂Ω_5.
    static let numpyBias0 = [
        -4.4859487556554996, 4.947444659487176, 6.811528751851822, -3.883462806153851, -24.93526671528312, 0.0,
    ]
    static let numpyWeights5 = [0.0, 0.0, 0.0, 0.0, -400.3302544699673, 0.0]

    static func checkDeepBackward(_ answer: @Sendable ([Layer], [Double], [Double]) throws -> [Double]) throws {
        let network = NotebookNetworks.notebook72()
        let got = try answer(network.layers, [1.2], [20])
        try expectEqual(got.count, network.parameterCount, "number of derivatives")
        try expectClose(Array(got[6..<12]), numpyBias0, tolerance: 1e-9, "∂ℓ/∂β_0 of notebook 7.2's network (NumPy)")
        let start = network.parameterCount - 7
        try expectClose(
            Array(got[start..<(start + 6)]), numpyWeights5, tolerance: 1e-9, "∂ℓ/∂Ω_5 of notebook 7.2's network (NumPy)"
        )
        try expectClose(
            got, networkFiniteDifferences(network.layers, .relu, [1.2], [20]), tolerance: 1e-5,
            "all derivatives for notebook 7.2's network, against finite differences")
        for (index, net) in checkNetworks(seed: 9).enumerated() {
            let (layers, x, y) = net
            try expectClose(
                try answer(layers, x, y), networkFiniteDifferences(layers, .relu, x, y), tolerance: 1e-5,
                "∂ℓ/∂φ for check network \(index + 1), against finite differences")
        }
    }

    static func checkForwardStds(_ answer: @Sendable (Int, Int, Double) throws -> [Double]) throws {
        // NumPy run of notebook 7.3's code for K = 5, D = 8, σ² = 1.
        try expectClose(
            try answer(5, 8, 1),
            [0.8108408286859451, 1.4722623391988758, 4.546916412160579, 8.896092020950714, 10.10591919845259],
            tolerance: 1e-9, "the std of h_1…h_5 for K = 5, D = 8, σ² = 1 (NumPy)")
        let deep = try answer(50, 80, 0.025)
        try expectClose(
            [deep[0], deep[24], deep[49]], [0.09837785707515753, 0.10619104037281689, 0.06689924195559145],
            tolerance: 1e-8, "the std of h_1, h_25, h_50 for 50 layers of 80 units, σ² = 0.025 (NumPy)")
    }

    static func checkBackwardStds(_ answer: @Sendable (Int, Int, Double) throws -> [Double]) throws {
        try expectClose(
            try answer(5, 8, 1), [56.47197747582444, 109.13169455933678, 340.6573471605798, 446.6542083211532],
            tolerance: 1e-9, "the std of ∂ℓ/∂f_4…∂ℓ/∂f_1 for K = 5, D = 8, σ² = 1 (NumPy)")
        let deep = try answer(50, 80, 0.025)
        try expectClose(
            [deep[0], deep[24], deep[48]], [0.04178402016501198, 0.025054140501645245, 0.030482860300563464],
            tolerance: 1e-8, "the std of ∂ℓ/∂f_49, ∂ℓ/∂f_25, ∂ℓ/∂f_1 for 50 layers of 80 units, σ² = 0.025 (NumPy)")
    }

    static func checkStableVariance(_ answer: @Sendable (Int) throws -> Double) throws {
        for width in [80, 100] {
            let variance = try answer(width)
            let stds = NotebookNetworks.forwardStds(hiddenLayers: 50, width: width, variance: variance)
            let ratio = stds[49] / stds[0]
            try expectThat(
                ratio > 0.1 && ratio < 10,
                "with σ² = \(variance) and \(width) units the std changes by a factor \(Narrator.format(ratio, digits: 3)) over 50 layers"
            )
            try expectClose(variance, 2 / Double(width), tolerance: 1e-12, "eq. 7.31 for D_h = \(width)")
        }
    }
}
