import Companion
import Foundation
import Neural

/// Checks of the book's problems. Expected values come from the book (figure captions,
/// problem statements), from evaluating networks directly, or from finite differences.
extension ShallowNetworks {
    /// One-input networks the checks probe besides figure 3.3: notebook 3.1's, figure
    /// 3.14's, and a random 1-5-1 network (seed 3).
    static var probeNetworks: [(name: String, net: ShallowNetwork)] {
        var random = NumPyRandomState(seed: 3)
        let randomNet = ShallowNetwork(
            theta0: random.normal(loc: 0, scale: 1, count: 5),
            theta1: random.normal(loc: 0, scale: 1, count: 5),
            phi0: random.standardNormal(), phi: random.normal(loc: 0, scale: 1, count: 5))
        return [
            ("figure 3.3", figure33), ("notebook 3.1", notebook31), ("figure 3.14", figure314),
            ("a random 1-5-1 network", randomNet),
        ]
    }

    static func checkLinearActivation(
        _ answer: @Sendable ([Double], [Double], Double, [Double], Double, Double) throws -> [Double]
    ) throws {
        for (name, net) in probeNetworks {
            for (psi0, psi1) in [(0.0, 1.0), (0.5, -0.4), (-1.0, 2.0)] {
                let a = { (z: Double) in psi0 + psi1 * z }
                let f = { (x: Double) in
                    net.phi.indices.reduce(net.phi0) { $0 + net.phi[$1] * a(net.theta0[$1] + net.theta1[$1] * x) }
                }
                let got = try answer(net.theta0, net.theta1, net.phi0, net.phi, psi0, psi1)
                try expectEqual(got.count, 2, "[intercept, slope]")
                for x in [-2.0, 0.3, 1.7] {
                    try expectClose(
                        got[0] + got[1] * x, f(x), tolerance: 1e-9,
                        "the line at x = \(x) for \(name) with a[z] = \(psi0) + \(psi1)·z")
                }
            }
        }
    }

    static func checkFigure33Patterns(_ answer: @Sendable () throws -> [[Bool]]) throws {
        let got = try answer()
        try expectEqual(got.count, 4, "number of regions in figure 3.3j")
        try expectEqual(
            got[1], [true, false, true], "the shaded region of figure 3.3j (the book: h1, h3 active, h2 not)")
        let net = figure33
        for (k, x) in [0.2, 0.75, 1.3, 1.8].enumerated() {
            try expectEqual(got[k], (0..<3).map { net.preActivation($0, x) > 0 }, "region \(k + 1) (around x = \(x))")
        }
    }

    static func checkJoints(_ answer: @Sendable ([Double], [Double]) throws -> [Double]) throws {
        for (name, net) in probeNetworks {
            let got = try answer(net.theta0, net.theta1)
            try expectEqual(got.count, net.hiddenUnits, "one joint per unit for \(name)")
            for d in got.indices {
                try expectClose(
                    net.preActivation(d, got[d]), 0, tolerance: 1e-9,
                    "the pre-activation of unit \(d + 1) at your joint, \(name) (must be zero)")
            }
        }
        try expectClose(
            try answer(figure33.theta0, figure33.theta1), [0.5, 1.0, 11.0 / 7], tolerance: 1e-9,
            "the joints of figure 3.3")
    }

    static func checkSlopes(_ answer: @Sendable ([Double], [Double], [Double]) throws -> [Double]) throws {
        for (name, net) in probeNetworks {
            let got = try answer(net.theta0, net.theta1, net.phi)
            let edges = net.joints.sorted()
            try expectEqual(got.count, edges.count + 1, "one slope per region for \(name)")
            let probes = [edges[0] - 1] + zip(edges, edges.dropFirst()).map { ($0 + $1) / 2 } + [edges.last! + 1]
            for (k, x) in probes.enumerated() {
                try expectClose(
                    got[k], FiniteDifferences.derivative({ net($0) }, at: x), tolerance: 1e-5,
                    "slope of region \(k + 1) of \(name), against finite differences at x = \(x)")
            }
        }
        let book = try answer(figure33.theta0, figure33.theta1, figure33.phi)
        try expectClose(
            book[1], 0.4 * -1.3 + -0.7 * 0.66, tolerance: 1e-9,
            "the shaded region of figure 3.3j (the book: θ_11φ_1 + θ_31φ_3)")
    }

    static func checkHomogeneity(_ answer: @Sendable ([Activation]) throws -> [Bool]) throws {
        let candidates: [Activation] = [
            .relu, .leakyReLU, .parametricReLU(slope: 0.25), .linear, .sigmoid, .tanh,
            .softplus, .gelu, .silu, .elu(alpha: 1), .selu, .swish(beta: 0.4),
            .hardSwish, .heaviside, .rect,
        ]
        let got = try answer(candidates)
        try expectEqual(got.count, candidates.count, "one answer per activation")
        var random = NumPyRandomState(seed: 35)
        let trials = (0..<200).map { _ in (random.uniform(low: 0.05, high: 5), random.uniform(low: -4, high: 4)) }
        for (a, claimed) in zip(candidates, got) {
            let holds = trials.allSatisfy { alpha, z in
                abs(a.apply(alpha * z) - alpha * a.apply(z)) < 1e-12 * max(1, abs(z) * alpha)
            }
            try expectEqual(claimed, holds, "whether a[α·z] = α·a[z] for \(a.name) (tested on 200 random α > 0 and z)")
        }
    }

    static func checkRescaling(
        _ answer: @Sendable (Double, [Double], [Double], Double, [Double], Int, Double) throws -> Double
    ) throws {
        for (name, net) in probeNetworks {
            for unit in 0..<min(net.hiddenUnits, 3) {
                for alpha in [2.5, 0.3, -0.5, -3.0] {
                    var scaled = net
                    scaled.theta0[unit] *= alpha; scaled.theta1[unit] *= alpha; scaled.phi[unit] /= alpha
                    for x in [-1.5, 0.4, 2.2] {
                        try expectClose(
                            try answer(x, net.theta0, net.theta1, net.phi0, net.phi, unit, alpha),
                            scaled(x) - net(x), tolerance: 1e-9,
                            "change at x = \(x) when unit \(unit + 1) of \(name) is rescaled by α = \(alpha)")
                    }
                }
            }
        }
    }

    static func checkNonUnique(_ answer: @Sendable ([Double]) throws -> [Double]) throws {
        for (name, net) in probeNetworks where net.hiddenUnits == 3 {
            let other = try answer(net.bookOrder)
            try expectEqual(other.count, 10, "ten parameters")
            let distance = zip(other, net.bookOrder).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
            try expectThat(distance > 1e-3, "your parameters for \(name) are (almost) the original ones")
            let twin = ShallowNetwork(bookOrder: other, hiddenUnits: 3)
            var random = NumPyRandomState(seed: 37)
            for x in random.uniform(low: -5, high: 5, count: 50) {
                try expectClose(twin(x), net(x), tolerance: 1e-9, "the output of your parameters at x = \(x), \(name)")
            }
        }
    }

    static func checkHeaviside(_ answer: @Sendable ([Double], [Double], Double, [Double]) throws -> [Double]) throws {
        for (name, net) in probeNetworks {
            let step = net.with(.heaviside)
            let got = try answer(net.theta0, net.theta1, net.phi0, net.phi)
            let edges = net.joints.sorted()
            let probes = [edges[0] - 1] + zip(edges, edges.dropFirst()).map { ($0 + $1) / 2 } + [edges.last! + 1]
            try expectEqual(got.count, probes.count, "one level per interval for \(name)")
            for (k, x) in probes.enumerated() {
                try expectClose(
                    got[k], step(x), tolerance: 1e-9, "level \(k + 1) of \(name) with Heaviside units (x = \(x))")
            }
        }
    }

    static func checkRect(_ answer: @Sendable ([Double], [Double]) throws -> [Double]) throws {
        for (name, net) in probeNetworks {
            let got = try answer(net.theta0, net.theta1)
            try expectEqual(got.count, 2 * net.hiddenUnits, "two switches per unit for \(name)")
            try expectThat(got == got.sorted(), "the switches of \(name) are not sorted")
            for x in got {
                let nearest = (0..<net.hiddenUnits).map { d in
                    min(abs(net.preActivation(d, x)), abs(net.preActivation(d, x) - 1))
                }.min()!
                try expectThat(nearest < 1e-9, "at x = \(x) no unit of \(name) has pre-activation 0 or 1")
            }
        }
        try expectClose(
            try answer(figure33.theta0, figure33.theta1), [1.0 / 7, 0.5, 1.0, 11.0 / 7, 19.0 / 9, 3.0],
            tolerance: 1e-9, "the switches for figure 3.3's parameters")
    }

    /// The number of linear pieces of a 1-D ReLU network on the whole line, from slopes
    /// measured by finite differences between neighbouring distinct joints.
    static func pieceCount(_ net: ShallowNetwork) -> Int {
        var edges: [Double] = []
        for joint in net.joints.sorted() where edges.last.map({ joint - $0 > 1e-6 }) ?? true { edges.append(joint) }
        guard !edges.isEmpty else { return 1 }
        let probes = [edges[0] - 1] + zip(edges, edges.dropFirst()).map { ($0 + $1) / 2 } + [edges.last! + 1]
        let slopes = probes.map { x in FiniteDifferences.derivative({ net($0) }, at: x, step: 1e-7) }
        return 1 + zip(slopes, slopes.dropFirst()).filter { abs($0 - $1) > 1e-5 }.count
    }

    static func checkFewerRegions(_ answer: @Sendable (Int) throws -> [Double]) throws {
        for regions in 1...4 {
            let p = try answer(regions)
            try expectEqual(p.count, 10, "ten parameters")
            try expectEqual(
                pieceCount(ShallowNetwork(bookOrder: p, hiddenUnits: 3)), regions,
                "linear pieces of your network for \(regions) region(s)")
        }
    }

    static func checkFigure38Patterns(_ answer: @Sendable () throws -> [[Bool]]) throws {
        let got = try answer()
        try expectEqual(got.count, 7, "number of regions (the book: seven)")
        try expectEqual(Set(got).count, 7, "distinct patterns")
        let seen = Set(
            LinearRegions.activationPatterns(of: figure38, inputs: LinearRegions.squareGrid(halfWidth: 1, samples: 301))
        )
        try expectEqual(Set(got), seen, "the patterns found on a 301 × 301 grid over figure 3.8's square")
        try expectThat(got.contains([true, false, true]), "the central triangle (h1 and h3 active, h2 not) is missing")
    }

    static func checkGeneralNetwork(
        _ answer: @Sendable ([Double], [[Double]], [[Double]]) throws -> [Double], sizes: [Int], seed: UInt32
    ) throws {
        var random = NumPyRandomState(seed: seed)
        for _ in 0..<3 {
            let theta = (0..<sizes[1]).map { _ in random.normal(loc: 0, scale: 1, count: sizes[0] + 1) }
            let phi = (0..<sizes[2]).map { _ in random.normal(loc: 0, scale: 1, count: sizes[1] + 1) }
            var net = Network(sizes: sizes)
            net.layers[0] = Layer(weights: Matrix(theta.map { Array($0.dropFirst()) }), biases: theta.map { $0[0] })
            net.layers[1] = Layer(weights: Matrix(phi.map { Array($0.dropFirst()) }), biases: phi.map { $0[0] })
            for _ in 0..<4 {
                let x = random.normal(loc: 0, scale: 1.5, count: sizes[0])
                try expectClose(
                    try answer(x, theta, phi), net(x), tolerance: 1e-9,
                    "outputs of a random \(sizes.map(String.init).joined(separator: "-")) network at x = \(x)")
            }
        }
    }

    static func checkParameterCount(_ answer: @Sendable (Int, Int, Int) throws -> Int) throws {
        try expectEqual(try answer(3, 3, 2), 20, "figure 3.11 (the book: twenty parameters)")
        try expectEqual(try answer(100, 500, 1), 51_001, "figure 3.9's network (the book: 51,001 parameters)")
        try expectEqual(try answer(1, 3, 1), 10, "eq. 3.1 (the book: ten parameters)")
        for sizes in [[1, 4, 2], [2, 3, 1], [2, 4, 3], [7, 1, 5], [10, 8, 1]] {
            try expectEqual(
                try answer(sizes[0], sizes[1], sizes[2]), Network(sizes: sizes).parameterCount,
                "parameters of a \(sizes.map(String.init).joined(separator: "-")) network, counted weight by weight")
        }
    }

    static func checkMaximumRegions(_ answer: @Sendable (Int, Int) throws -> Double) throws {
        try expectClose(try answer(2, 3), 7, tolerance: 0, "D_i = 2, D = 3 (the book: seven)")
        try expectClose(try answer(2, 5), 16, tolerance: 0, "D_i = 2, D = 5")
        try expectClose(try answer(1, 3), 4, tolerance: 0, "one input, three units (the book: four regions)")
        for (i, d) in [(3, 3), (5, 2), (4, 9), (2, 30)] {
            try expectClose(
                try answer(i, d), (0...min(i, d)).reduce(0.0) { $0 + binomial(d, $1) }, tolerance: 1e-12,
                "D_i = \(i), D = \(d), summing the binomial coefficients")
        }
    }

    /// C(n, k) as a Double.
    static func binomial(_ n: Int, _ k: Int) -> Double {
        (0..<k).reduce(1.0) { $0 * Double(n - $1) / Double($1 + 1) }
    }
}
