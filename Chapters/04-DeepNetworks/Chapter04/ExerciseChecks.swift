import Companion
import Neural

/// The checks behind `exercises`: each compares the answer with the book, a closed form
/// or a network evaluated by the Neural library.
extension DeepNetworks {
    static func checkProblem41(_ answer: @Sendable () throws -> [Double]) throws {
        let got = try answer()
        let composite = compose(figure48First.network, figure48Second.network)
        let measured = joints(of: composite, on: -1...1)
        try expectEqual(got.count, measured.count, "number of joints of y′(x) inside (−1, 1)")
        try expectClose(got, measured, tolerance: 1e-6, "the joints (in increasing x), against the composed network")
    }

    static func checkHyperparameters(_ answer: @Sendable () throws -> [Int]) throws {
        try expectEqual(
            try answer(), [3, 4, 2, 3], "[K, D_1, D_2, D_3]: figure 4.6 has K = 3 hidden layers of 4, 2 and 3 units")
    }

    static func checkRescaling(
        _ answer: @Sendable ([Double], [Double], Matrix, [Double], Matrix, Double, Double) throws -> [Double]
    ) throws {
        var random = NumPyRandomState(seed: 4)
        for (lambda0, lambda1) in [(2.0, 0.5), (0.3, 7.0), (1.0, 1.0)] {
            let beta0 = random.normal(count: 4)
            let beta1 = random.normal(count: 3)
            let omega0 = Matrix(random.normal(rows: 4, columns: 2))
            let omega1 = Matrix(random.normal(rows: 3, columns: 4))
            // Left-hand side of eq. 4.18: two ReLU layers with scaled weights (the final identity layer is linear).
            let left = Network(layers: [
                Layer(weights: lambda0 * omega0, biases: beta0), Layer(weights: lambda1 * omega1, biases: beta1),
                Layer(weights: Matrix.identity(3), biases: [0, 0, 0]),
            ])
            for x in [[0.5, -1.0], [2.0, 0.3], [-0.7, -0.2]] {
                try expectClose(
                    try answer(x, beta0, omega0, beta1, omega1, lambda0, lambda1), left(x), tolerance: 1e-9,
                    "eq. 4.18 at x = \(x), λ0 = \(lambda0), λ1 = \(lambda1) (right side against left side)")
            }
        }
    }

    static func checkShapes(_ answer: @Sendable (Int, [Int], Int) throws -> [[Int]]) throws {
        // Problem 4.4 with the rule of section 4.4.1: Ω_0 is D_1×D_i, Ω_k is D_{k+1}×D_k, Ω_K is D_o×D_K.
        try expectEqual(
            try answer(5, [20, 10, 7], 4), [[20, 5, 20], [10, 20, 10], [7, 10, 7], [4, 7, 4]],
            "[rows, columns, bias length] of Ω_0…Ω_3 for problem 4.4")
        let figure46 = try answer(3, [4, 2, 3], 2)
        try expectEqual(figure46.count, 4, "number of layers for figure 4.6")
        try expectEqual(Array(figure46[1].prefix(2)), [2, 4], "figure 4.6: Ω_1 is 2 × 4")
        try expectEqual(figure46[2][2], 3, "figure 4.6: β_2 has length three")
        for sizes in [[1, 3, 3, 1], [4, 5, 2, 4, 1], [2, 1]] {
            let expected = Network(sizes: sizes).layers.map { [$0.weights.rows, $0.weights.cols, $0.biases.count] }
            try expectEqual(
                try answer(sizes[0], Array(sizes.dropFirst().dropLast()), sizes.last!), expected,
                "shapes for sizes \(sizes)")
        }
    }

    static func checkGrowth(_ answer: @Sendable () throws -> [Int]) throws {
        // Weights of 1 → D → … → D → 1 with K hidden layers: D + (K − 1)·D² + D.
        let weights = { (layers: Int, units: Int) in 2 * units + (layers - 1) * units * units }
        let base = weights(10, 10)
        try expectEqual(
            try answer(), [weights(11, 10) - base, weights(10, 11) - base],
            "[weights added by an 11th layer, by an 11th unit per layer] (base: \(base) weights, biases not counted)")
    }

    static func checkIdentity(_ answer: @Sendable (Double, Double) throws -> ShallowNetwork) throws {
        for (a, b) in [(0.0, 1.0), (-2.0, -0.5), (1.5, 4.0), (-3.0, 3.0)] {
            let p = try answer(a, b)
            try expectEqual(p.theta0.count, 3, "number of hidden units")
            let xs = (0...8).map { a + (b - a) * Double($0) / 8 }
            try expectClose(
                p.network(Matrix(row: xs)).data, xs, tolerance: 1e-9, "the output on [\(a), \(b)] (must equal x)")
        }
    }

    static func checkOscillator(_ answer: @Sendable () throws -> [Double]) throws {
        let phi = try answer()
        try expectEqual(phi.count, 4, "number of φ values")
        let p = figure49(phi: phi)
        try expectClose(
            [0, 1.0 / 6, 2.0 / 6, 4.0 / 6, 1].map { p($0) }, [0, 1, 0, 1, 0], tolerance: 1e-9,
            "y at x = 0, 1/6, 2/6, 4/6, 1 (must alternate 0, 1, 0, 1, 0)")
        try expectEqual(pieces(of: p.network, on: 0...1), 4, "linear regions on [0, 1]")
    }

    static func checkOscillatorRegions(_ answer: @Sendable (Int) throws -> Int) throws {
        let oscillator = figure49(phi: try Reference.oscillatorPhi()).network
        for copies in 1...4 {
            try expectEqual(
                try answer(copies), pieces(of: selfComposition(oscillator, copies: copies), on: 0...1),
                "regions of \(copies) chained copies, counted on the built network")
        }
        try expectEqual(try answer(10), 1_048_576, "regions of 10 chained copies (each copy multiplies by 4: 4^10)")
    }

    static func checkFiveRegions(_ answer: @Sendable () throws -> ShallowNetwork) throws {
        let p = try answer()
        try expectEqual(p.theta0.count, 4, "number of hidden units")
        try expectEqual(pieces(of: p.network, on: 0...1), 5, "linear regions on [0, 1]")
        let inner = joints(of: p.network, on: 0...1)
        let values = [0.0] + inner + [1.0]
        try expectClose(
            values.map { p($0) }, [0, 1, 0, 1, 0, 1], tolerance: 1e-6,
            "y at x = 0, at the four joints \(inner.map { Narrator.format($0, digits: 3) }) and at x = 1")
    }

    static func checkParameterCount(_ answer: @Sendable (Int, Int) throws -> Int) throws {
        try expectEqual(try answer(5, 10), 471, "K = 5, D = 10 (figure 4.7a: 471 parameters)")
        for layers in 1...6 {
            for units in [1, 2, 3, 7, 12] {
                let built = Network(sizes: [1] + Array(repeating: units, count: layers) + [1]).parameterCount
                try expectEqual(
                    try answer(layers, units), built, "K = \(layers), D = \(units), against a built network")
            }
        }
    }

    static func checkShallowVersusDeep(_ answer: @Sendable () throws -> [Double]) throws {
        let got = try answer()
        try expectEqual(got.count, 4, "number of values")
        try expectClose(
            got[0], Double(Network(sizes: [1, 95, 1]).parameterCount), tolerance: 0, "parameters of the shallow network"
        )
        try expectClose(
            got[1], Double(Network(sizes: [1] + Array(repeating: 5, count: 10) + [1]).parameterCount), tolerance: 0,
            "parameters of the deep network")
        try expectClose(got[2], 96, tolerance: 0, "regions of the shallow network (D + 1, section 4.5.2)")
        try expectClose(got[3], 60_466_176, tolerance: 0, "regions of the deep network ((D + 1)^K = 6^10)")
    }

    /// Pairs of notebook 4.1 (with its predicted edits) and of figure 4.1.
    static var compositionCases: [(name: String, first: ShallowNetwork, second: ShallowNetwork)] {
        var secondFlipped = notebookSecond
        var firstHalved = notebookFirst
        secondFlipped.phi[0] *= -1
        firstHalved.phi[0] *= 0.5
        return [
            ("notebook 4.1's net2(net1)", notebookFirst, notebookSecond),
            ("net2 with φ1 × −1", notebookFirst, secondFlipped),
            ("net1 with φ1 × 0.5", firstHalved, notebookSecond),
            ("net1 fed into itself", notebookFirst, notebookFirst),
            ("figure 4.1", figure41First, figure41Second),
        ]
    }

    static func checkComposition(_ answer: @Sendable ([Double], ShallowNetwork, ShallowNetwork) throws -> [Double])
        throws
    {
        let xs = (0..<2000).map { -1 + 0.001 * Double($0) }
        for pair in compositionCases {
            let expected = compose(pair.first.network, pair.second.network)(Matrix(row: xs)).data
            try expectClose(
                try answer(xs, pair.first, pair.second), expected, tolerance: 1e-9, "\(pair.name) on x ∈ [−1, 1)")
        }
    }

    static func checkChainRegions(_ answer: @Sendable (Int) throws -> Int) throws {
        // Counted with NumPy on 2,000,000 points of [−1, 1], by activation pattern and by slope.
        for (copies, regions) in [(1, 12), (2, 36), (3, 108)] {
            try expectEqual(
                try answer(copies), regions, "regions with \(copies) cop\(copies == 1 ? "y" : "ies") of net1")
        }
    }

    static func checkTwoLayer(_ answer: @Sendable ([Double], [[Double]], [[Double]], [Double]) throws -> [Double])
        throws
    {
        let theta = [[0.3, -1.0], [-1.0, 2.0], [-0.5, 0.65]]
        let psi = [[0.3, 2.0, -1.0, 7.0], [-0.2, 2.0, 1.2, -8.0], [0.3, -2.3, -0.8, 2.0]]
        let phi = [0.0, 0.5, -1.5, 2.2]
        var raised = psi
        var flipped = psi
        var newPhi = phi
        raised[0][0] += 0.5
        flipped[1] = flipped[1].map { -$0 }
        newPhi[3] = -1
        let xs = (0..<100).map { 0.01 * Double($0) }
        for (name, p, f) in [
            ("notebook 4.2's parameters", psi, phi), ("ψ10 raised by 0.5", raised, phi),
            ("ψ2• × −1", flipped, phi), ("φ'3 = −1", psi, newPhi),
        ] {
            let expected = twoLayerNetwork(theta: theta, psi: p, phi: f)(Matrix(row: xs)).data
            try expectClose(try answer(xs, theta, p, f), expected, tolerance: 1e-9, "y′ on x ∈ [0, 1) with \(name)")
        }
    }

    /// Passes when the parameter list has the expected shapes: `rows[k] × cols[k]` for Ω_k, `rows[k]` for β_k.
    static func expectShapes(_ p: MatrixParameters, rows: [Int], cols: [Int]) throws {
        try expectEqual(p.weights.count, rows.count, "number of weight matrices")
        try expectEqual(p.biases.count, rows.count, "number of bias vectors")
        for k in rows.indices {
            try expectEqual([p.weights[k].rows, p.weights[k].cols], [rows[k], cols[k]], "shape of Ω_\(k)")
            try expectEqual(p.biases[k].count, rows[k], "length of β_\(k)")
        }
    }

    static func network(from p: MatrixParameters) -> Network {
        Network(layers: zip(p.weights, p.biases).map { Layer(weights: $0, biases: $1) })
    }

    static func checkShallowMatrices(_ answer: @Sendable (ShallowNetwork) throws -> MatrixParameters) throws {
        let xs = (0..<200).map { -1 + 0.01 * Double($0) }
        for (name, shallow) in [
            ("notebook 4.1's net1", notebookFirst), ("net2", notebookSecond), ("figure 4.1b", figure41First),
        ] {
            let p = try answer(shallow)
            try expectShapes(p, rows: [3, 1], cols: [1, 3])
            try expectClose(
                network(from: p)(Matrix(row: xs)).data, xs.map { shallow($0) }, tolerance: 1e-9,
                "eq. 4.15 with your matrices for \(name), against eq. 4.1–4.2")
        }
    }

    static func checkCompositionMatrices(
        _ answer: @Sendable (ShallowNetwork, ShallowNetwork) throws -> MatrixParameters
    ) throws {
        let xs = (0..<200).map { -1 + 0.01 * Double($0) }
        for pair in compositionCases {
            let p = try answer(pair.first, pair.second)
            try expectShapes(p, rows: [3, 3, 1], cols: [1, 3, 3])
            // The notebook's hints (eq. 4.5).
            try expectClose(
                p.biases[1][0], pair.second.theta0[0] + pair.second.theta1[0] * pair.first.phi0, tolerance: 1e-12,
                "β1[0] = θ'10 + θ'11·φ0 for \(pair.name)")
            try expectClose(
                p.weights[1][0, 0], pair.second.theta1[0] * pair.first.phi[0], tolerance: 1e-12,
                "Ω1[0,0] = θ'11·φ1 for \(pair.name)")
            try expectClose(
                network(from: p)(Matrix(row: xs)).data, xs.map { pair.second(pair.first($0)) }, tolerance: 1e-9,
                "the two-layer network for \(pair.name), against second(first(x))")
        }
    }

    static func checkRandomNetwork(_ answer: @Sendable (UInt32) throws -> MatrixParameters) throws {
        let sizes = [4, 5, 2, 4, 1]
        for seed: UInt32 in [0, 1, 42] {
            let p = try answer(seed)
            try expectShapes(p, rows: Array(sizes.dropFirst()), cols: Array(sizes.dropLast()))
            var random = NumPyRandomState(seed: seed)
            for k in p.weights.indices {
                try expectClose(
                    p.biases[k], random.normal(count: sizes[k + 1]), tolerance: 1e-12, "β_\(k) with seed \(seed)")
                try expectClose(
                    p.weights[k].data, random.normal(count: sizes[k + 1] * sizes[k]), tolerance: 1e-12,
                    "Ω_\(k) (row by row) with seed \(seed)")
            }
            let output = network(from: p)(Matrix(random.normal(rows: 4, columns: 4)))
            try expectEqual([output.rows, output.cols], [1, 4], "shape of the output for four inputs in columns")
        }
    }

    static func checkInterpolation(_ answer: @Sendable ([Double], [Double]) throws -> ShallowNetwork) throws {
        let cases = [
            ("f* of Mathematical Engineering of DL at r = 10", medlSamples(10)),
            ("f* of Mathematical Engineering of DL at r = 30", medlSamples(30)),
            ("uneven points", (u: [-1.0, -0.2, 0.5, 0.6, 2.0], v: [3.0, -1.0, 0.5, 0.4, 1.0])),
        ]
        for (name, points) in cases {
            let p = try answer(points.u, points.v)
            try expectEqual(p.theta0.count, points.u.count - 1, "hidden units for \(name) (r − 1)")
            let net = p.network
            try expectClose(
                net(Matrix(row: points.u)).data, points.v, tolerance: 1e-9, "the network at the points, \(name)")
            let middles = zip(points.u, points.u.dropFirst()).map { ($0 + $1) / 2 }
            try expectClose(
                net(Matrix(row: middles)).data, zip(points.v, points.v.dropFirst()).map { ($0 + $1) / 2 },
                tolerance: 1e-9, "the network halfway between points (straight segments), \(name)")
        }
    }

    static func checkGate(_ answer: @Sendable (Double) throws -> Network) throws {
        for (lambda, tolerance) in [(0.01, 1e-7), (0.05, 1e-5)] {
            let net = try answer(lambda)
            try expectEqual(net.sizes, [2, 4, 1], "unit counts [inputs, hidden, output]")
            for (x1, x2) in [(1.0, 2.0), (-0.5, 0.8), (1.5, -1.5), (0.3, 0.0)] {
                try expectClose(
                    net([x1, x2])[0], gateLeadingOrder(x1, x2, lambda: lambda), tolerance: tolerance,
                    "output at (\(x1), \(x2)) with λ = \(lambda): x1·x2·(1 − λ²(x1² + x2²)/12) to leading order")
            }
        }
    }

    static func checkCounts(_ answer: @Sendable ([Int]) throws -> Int) throws {
        try expectEqual(try answer([4, 5, 1]), 31, "Mathematical Engineering of DL figure 5.1a, 4-5-1: 31 parameters")
        try expectEqual(
            try answer([4, 4, 3, 5, 1]), 61, "Mathematical Engineering of DL figure 5.1b, 4-4-3-5-1: 61 parameters")
        for sizes in [[3, 4, 2, 3, 2], [1, 95, 1], [10, 50, 50, 50, 50, 50, 1]] {
            try expectEqual(try answer(sizes), Network(sizes: sizes).parameterCount, "sizes \(sizes)")
        }
    }
}
