import Companion
import Foundation
import Neural

extension ShallowNetworks {
    static let demos: [Demo] = [
        Demo(id: "pieces", title: "Eq. 3.1 taken apart (figure 3.3)", body: showPieces),
        Demo(
            id: "approximation", title: "More hidden units, closer fit (section 3.2, figure 3.5)",
            body: showApproximation),
        Demo(id: "plane", title: "Two inputs: convex regions (figures 3.8 and 3.9)", body: showPlane),
        Demo(id: "activations", title: "The activation functions of figure 3.13", body: showActivations),
        Demo(
            id: "bits",
            title: "Threshold units that find two consecutive 1s (Mining of Massive Datasets, Example 13.1)",
            body: showBits),
    ]

    /// "x ∈ (a, b)" for a region, with ±∞ at the ends.
    static func interval(_ region: ShallowNetwork.Region) -> String {
        let low = region.lower.isInfinite ? "−∞" : Narrator.format(region.lower, digits: 3)
        let high = region.upper.isInfinite ? "+∞" : Narrator.format(region.upper, digits: 3)
        return "(\(low), \(high))"
    }

    static func units(_ active: [Bool]) -> String {
        let on = active.indices.filter { active[$0] }.map { "h\($0 + 1)" }
        return on.isEmpty ? "none" : on.joined(separator: ", ")
    }

    static func showPieces(_ n: Narrator) {
        let net = figure33
        n.say(
            "Eq. 3.1 has ten parameters. With the values of figure 3.3 (problem 3.8 lists them) each hidden "
                + "unit starts from a line θ_d0 + θ_d1·x, the ReLU clips it at zero, φ_d scales it, and the three "
                + "pieces plus φ_0 = \(net.phi0) make the output. Each line crosses zero once: that is its joint.")
        n.table(
            ["unit", "θ_d0", "θ_d1", "joint −θ_d0/θ_d1", "φ_d"],
            (0..<3).map { d in
                [
                    "h\(d + 1)", "\(net.theta0[d])", "\(net.theta1[d])", Narrator.format(net.joints[d], digits: 4),
                    "\(net.phi[d])",
                ]
            })
        n.say("Follow one input through the four stages, x = 0.75:")
        let x = 0.75
        n.table(
            ["unit", "pre-activation", "after ReLU", "weighted"],
            (0..<3).map { d in
                [
                    "h\(d + 1)", Narrator.format(net.preActivation(d, x)), Narrator.format(net.hidden(d, x)),
                    Narrator.format(net.phi[d] * net.hidden(d, x)),
                ]
            })
        n.value("y = φ_0 + sum of weighted", net(x))
        n.say(
            "Between joints the set of active (unclipped) units is fixed, so the output is a line whose slope "
                + "adds θ_d1·φ_d over the active units:")
        let regions = net.regions
        n.table(
            ["region", "x in", "active", "slope"],
            regions.enumerated().map { k, region in
                ["\(k + 1)", interval(region), units(region.active), Narrator.format(region.slope)]
            })
        n.say(
            "Region 2 is the shaded one of figure 3.3j: h1 and h3 active, h2 clipped, slope θ_11φ_1 + θ_31φ_3 = "
                + Narrator.format(net.theta1[0] * net.phi[0] + net.theta1[2] * net.phi[2]) + ". Only three slopes are "
                + "free: region 3 has every unit on, so its slope is the sum of the slopes of regions 1 and 4 (problem 3.9): "
                + Narrator.format(regions[0].slope) + " + " + Narrator.format(regions[3].slope) + " = "
                + Narrator.format(regions[2].slope) + ".")
    }

    /// The hidden-unit counts of the approximation demo.
    static let approximationSizes = [3, 10, 50]

    static func showApproximation(_ n: Narrator) {
        n.say(
            "Place D joints evenly on [0, 1] (unit d is ReLU[x − d/D]) and choose φ so the output joins the "
                + "points (k/D, f(k/D)) by straight lines: φ_0 = f(0), φ_1 the first slope, each later φ_d the change of "
                + "slope at its joint. The target is f(x) = 0.5 sin 2πx + 0.25 cos 5πx + 0.3x.")
        let rows = approximationSizes.map { d -> [String] in
            let net = interpolatingNetwork(hiddenUnits: d, smoothTarget)
            return [
                "\(d)", "\(d)", Narrator.format(maximumError(net, smoothTarget), digits: 5),
                Narrator.format(maximumError(net, smoothTarget) * Double(d * d), digits: 2),
            ]
        }
        n.table(["D", "regions on [0, 1]", "max |f − y|", "error × D²"], rows)
        n.say(
            "The error shrinks like 1/D² (the last column settles), the rate of linear interpolation of a smooth "
                + "curve: with enough hidden units any continuous function on an interval is matched as closely as we like, "
                + "which is the universal approximation theorem in one dimension.")
    }

    static func showPlane(_ n: Narrator) {
        n.say(
            "With two inputs each unit's joint is a line in the (x1, x2) plane, and the lines cut the plane into "
                + "convex polygons, one linear piece each. For figure 3.8 the activation patterns on a 401 × 401 grid "
                + "over [−1, 1]² are:")
        let patterns = LinearRegions.activationPatterns(
            of: figure38, inputs: LinearRegions.squareGrid(halfWidth: 1, samples: 401))
        var counts: [[Bool]: Int] = [:]
        for p in patterns { counts[p, default: 0] += 1 }
        n.table(
            ["active units", "grid points"],
            counts.sorted { $0.value > $1.value }.map { [units($0.key), "\($0.value)"] })
        n.say(
            "Seven regions, Zaslavsky's maximum Σ_{j≤2} C(3, j) = 1 + 3 + 3 = 7 (problem 3.18). The central "
                + "triangle is where h1 and h3 are on and h2 is off.")
        n.say(
            "Random networks (joint lines through the unit disc at random angles) counted two ways: by the "
                + "distinct patterns on a 601 × 601 grid covering every crossing, and exactly, by the patterns just beside "
                + "each crossing (every region touches one). The exact count meets Zaslavsky's bound Σ_{j≤2} C(D, j); the "
                + "grid misses the slivers thinner than its spacing.")
        let rows = [3, 5, 8, 12].map { d -> [String] in
            let net = randomPlaneNetwork(hiddenUnits: d, seed: UInt32(d))
            let reach = crossings(of: net).map { max(abs($0.x1), abs($0.x2)) }.max() ?? 1
            return [
                "\(d)", "\(LinearRegions.countOnGrid(of: net, halfWidth: 1.1 * max(reach, 1), samples: 601))",
                "\(regionsAroundCrossings(of: net))",
                Narrator.format(LinearRegions.zaslavskyBound(hiddenUnits: d, inputDimensions: 2), digits: 0),
            ]
        }
        n.table(["D", "grid", "exact", "bound"], rows)
        let bound = LinearRegions.zaslavskyBound(hiddenUnits: 500, inputDimensions: 100)
        n.say(
            "The bound explodes with the input size (figure 3.9): D_i = 100 inputs and D = 500 hidden units allow "
                + "up to \(String(format: "%.2e", bound)) regions, more than 10^107, with only "
                + "\(Network(sizes: [100, 500, 1]).parameterCount) parameters.")
    }

    /// The activations of the `activations` demo, in the order of figure 3.13.
    static let zoo: [Activation] = [
        .relu, .sigmoid, .tanh, .leakyReLU, .parametricReLU(slope: 0.25), .softplus, .gelu, .silu,
        .elu(alpha: 0.5), .elu(alpha: 1.0), .selu, .swish(beta: 0.4), .swish(beta: 1.4), .hardSwish,
    ]

    static func showActivations(_ n: Narrator) {
        n.say(
            "Every activation below is nonlinear; all but the sigmoid and tanh grow without bound like the ReLU "
                + "for large positive z, and they differ in how they treat negative inputs.")
        let zs = [-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0]
        n.table(
            ["a[z]"] + zs.map { "z = \(Narrator.format($0, digits: 1))" },
            zoo.map { a in
                [a.name] + zs.map { Narrator.format(a.apply($0), digits: 3) }
            })
        n.say(
            "The leaky and parametric ReLU keep a small slope below zero, so a unit that is 'off' for every "
                + "example still passes a gradient (the dying-ReLU problem discussed in the chapter's notes). HardSwish (eq. 3.13) copies "
                + "Swish with β ≈ 1 from straight pieces and one parabola.")
    }

    static func showBits(_ n: Narrator) {
        let net = ThresholdNetwork.consecutiveOnes
        n.say(
            "A threshold unit fires (outputs 1) when the weighted sum of its inputs reaches its threshold: a "
                + "Heaviside activation (problem 3.8). Gate 1 has weights [1, 2, 1, 0] and threshold 2.5, so it needs x2 and "
                + "one of its neighbours; gate 2 has weights [0, 0, 1, 1] and threshold 1.5, so it needs x3 and x4; the "
                + "output gate is an OR (weights [1, 1], threshold 0.5).")
        let inputs = ThresholdNetwork.allInputs(4)
        n.table(
            ["x", "gate 1", "gate 2", "y", "two 1s in a row?"],
            inputs.map { bits in
                let h = net.hidden(bits)
                return [
                    bits.map(String.init).joined(), "\(h[0])", "\(h[1])", "\(net(bits))",
                    ThresholdNetwork.hasConsecutiveOnes(bits) ? "yes" : "no",
                ]
            })
        let right = inputs.filter { (net($0) == 1) == ThresholdNetwork.hasConsecutiveOnes($0) }.count
        n.say(
            "The net is right on \(right) of the 16 inputs (eight good, eight bad). No single unit can do it: "
                + "the good and bad vectors are not linearly separable (Mining of Massive Datasets, Exercise 13.1.1), which is why the hidden layer is there."
        )
    }
}
