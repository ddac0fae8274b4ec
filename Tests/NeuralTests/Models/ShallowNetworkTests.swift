import Testing

@testable import Neural

/// The one-input shallow network of eq. 3.1 (eqs. 4.1–4.2) against NumPy, the book's
/// hand-computed slopes, finite differences and the core `Network`.
@Suite struct ShallowNetworkTests {
    /// Figure 3.3's parameters (problem 3.8): φ = {−0.23, −1.3, 1.3, 0.66}, θ = {(−0.2, 0.4), (−0.9, 0.9), (1.1, −0.7)}.
    let figure33 = ShallowNetwork(
        theta0: [-0.2, -0.9, 1.1], theta1: [0.4, 0.9, -0.7], phi0: -0.23, phi: [-1.3, 1.3, 0.66])

    @Test func outputMatchesNumPy() {
        // -0.23 + φ·np.maximum(0, θ0 + θ1·x), and notebook 3.1's network with np.tanh.
        for (x, y) in [(0.0, 0.4960000000000001), (0.7, 0.06860000000000008), (1.3, -0.16959999999999972), (2.0, 0.16)]
        {
            #expect(abs(figure33(x) - y) < 1e-12, "x = \(x)")
        }
        let tanhNet = ShallowNetwork(
            theta0: [0.3, -1.0, -0.5], theta1: [-1.0, 2.0, 0.65], phi0: -0.3, phi: [2.0, -1.0, 7.0],
            activation: .tanh)
        for (x, y) in [(-1.0, -3.30577747347867), (0.25, -2.0146718132053856), (1.5, 0.16427569821995675)] {
            #expect(abs(tanhNet(x) - y) < 1e-12, "x = \(x)")
        }
        // Pre-activations and hidden units (eq. 3.3) by hand at x = 2: 0.6, 0.9, −0.3 → 0.6, 0.9, 0.
        #expect(
            zip((0..<3).map { figure33.preActivation($0, 2) }, [0.6, 0.9, -0.3]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(zip((0..<3).map { figure33.hidden($0, 2) }, [0.6, 0.9, 0]).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test(arguments: [Activation.relu, .tanh, .sigmoid, .leakyReLU(slope: 0.1)])
    func networkComputesTheSameFunction(activation: Activation) {
        // Ω_0 = θ_•1, β_0 = θ_•0, Ω_1 = [φ_1 … φ_D], β_1 = φ_0: the core network agrees everywhere.
        var random = NumPyRandomState(seed: 31)
        let net = ShallowNetwork(
            theta0: random.normal(loc: 0, scale: 1, count: 5), theta1: random.normal(loc: 0, scale: 1, count: 5),
            phi0: random.standardNormal(), phi: random.normal(loc: 0, scale: 1, count: 5), activation: activation)
        let xs = (0..<41).map { -2 + 0.1 * Double($0) }
        let core = net.network
        #expect(core.sizes == [1, 5, 1] && core.parameterCount == 16)
        #expect(zip(core(Matrix(row: xs)).data, xs.map { net($0) }).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func jointsAndRegionSlopesOfFigure33() {
        // Problem 3.3: joints at 0.5, 1 and 11/7; slopes by hand −0.462, −0.982, 0.188, 0.65 with
        // active units (h3), (h1, h3), (h1, h2, h3), (h1, h2) (problem 3.2).
        #expect(zip(figure33.joints, [0.5, 1, 11.0 / 7]).allSatisfy { abs($0 - $1) < 1e-12 })
        let regions = figure33.regions
        #expect(
            regions.map(\.active) == [
                [false, false, true], [true, false, true], [true, true, true], [true, true, false],
            ])
        #expect(zip(regions.map(\.slope), [-0.462, -0.982, 0.188, 0.65]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(regions.first?.lower == -.infinity && regions.last?.upper == .infinity)
        #expect(zip(regions.dropLast().map(\.upper), [0.5, 1, 11.0 / 7]).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func regionSlopesMatchFiniteDifferences() {
        // Each region's slope Σ_{d active} θ_d1 φ_d against central differences of the output inside it.
        var random = NumPyRandomState(seed: 7)
        let net = ShallowNetwork(
            theta0: random.normal(loc: 0, scale: 1, count: 6), theta1: random.normal(loc: 0, scale: 1, count: 6),
            phi0: 0.3, phi: random.normal(loc: 0, scale: 1, count: 6))
        #expect(net.regions.count == 7)
        for region in net.regions {
            let x =
                region.lower.isInfinite
                ? region.upper - 1 : region.upper.isInfinite ? region.lower + 1 : (region.lower + region.upper) / 2
            // The output is linear inside a region, so a step well inside it leaves only rounding error.
            let h = min(1e-4, (region.upper - region.lower) / 4)
            #expect(
                abs(FiniteDifferences.derivative({ net($0) }, at: x, step: h) - region.slope) < 1e-8,
                "region [\(region.lower), \(region.upper)]")
        }
    }

    @Test func zeroSlopeUnitsHaveNoJoint() {
        let net = ShallowNetwork(theta0: [1, -2], theta1: [0, 4], phi0: 0, phi: [1, 1])
        #expect(net.joints == [0.5])
        #expect(net.regions.count == 2)
    }

    @Test func bookOrderRoundTrips() {
        // Problem 3.8's order {φ_0, φ_1, φ_2, φ_3, θ_10, θ_11, θ_20, θ_21, θ_30, θ_31}.
        let order = [-0.23, -1.3, 1.3, 0.66, -0.2, 0.4, -0.9, 0.9, 1.1, -0.7]
        #expect(figure33.bookOrder == order)
        #expect(ShallowNetwork(bookOrder: order, hiddenUnits: 3) == figure33)
        #expect(figure33.with(.tanh).activation == .tanh && figure33.with(.tanh).theta0 == figure33.theta0)
    }

    @Test func knotConstructionPassesThroughEveryKnot() {
        // Figure 4.1b's knots; the slopes between them are 2, −10/3 and 5 (by hand).
        let xs = [-1.0, 0.0, 0.6, 1.0]
        let ys = [-1.0, 1.0, -1.0, 1.0]
        let net = ShallowNetwork(knotsX: xs, y: ys)
        #expect(net.hiddenUnits == 3 && net.phi0 == -1 && net.activation == .relu)
        #expect(zip(xs.map { net($0) }, ys).allSatisfy { abs($0 - $1) < 1e-12 })
        // Straight between knots: the midpoint value is the mean of its ends.
        for k in 0..<3 {
            #expect(abs(net((xs[k] + xs[k + 1]) / 2) - (ys[k] + ys[k + 1]) / 2) < 1e-12, "segment \(k)")
        }
        let slopes = [-0.5, 0.3, 0.8].map { x in FiniteDifferences.derivative({ net($0) }, at: x) }
        #expect(zip(slopes, [2, -10.0 / 3, 5]).allSatisfy { abs($0 - $1) < 1e-6 })
        // Flat at y_0 left of the first knot; units switch on at x_0, x_1, x_2 with φ_k = sign of the slope change.
        #expect(abs(net(-3) - ys[0]) < 1e-12)
        #expect(zip(net.joints, xs.dropLast()).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(net.phi == [1, -1, 1])
        #expect(zip(net.theta1, [2, 16.0 / 3, 25.0 / 3]).allSatisfy { abs($0 - $1) < 1e-12 })
    }
}
