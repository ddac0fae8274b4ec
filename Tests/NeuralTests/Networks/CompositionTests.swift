import Testing

@testable import Neural

/// Composition of networks (section 4.2, eqs. 4.5–4.6) against function composition,
/// the closed form of the merged layer, finite differences and problem 4.8's region counts.
@Suite struct CompositionTests {
    static func random(_ sizes: [Int], seed: UInt32) -> Network {
        var random = NumPyRandomState(seed: seed)
        var net = Network(sizes: sizes)
        net.parameters = random.normal(loc: 0, scale: 1, count: net.parameterCount)
        return net
    }

    @Test(arguments: [([1, 3, 1], [1, 3, 1]), ([2, 4, 3], [3, 5, 2, 1]), ([3, 2, 2, 4], [4, 3, 2])])
    func composedNetworkIsTheSecondAppliedToTheFirst(firstSizes: [Int], secondSizes: [Int]) {
        let first = Self.random(firstSizes, seed: 1)
        let second = Self.random(secondSizes, seed: 2)
        let composite = compose(first, second)
        #expect(composite.sizes == Array(firstSizes.dropLast()) + Array(secondSizes.dropFirst()))
        var random = NumPyRandomState(seed: 3)
        let x = Matrix(random.normal(rows: firstSizes[0], columns: 7))
        #expect(zip(composite(x).data, second(first(x)).data).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func mergedLayerIsTheOuterProductOfEquation45() {
        // ψ_k0 = θ'_k0 + θ'_k1·φ_0 and ψ_kd = θ'_k1·φ_d for two shallow one-input networks
        // (notebook 4.1's net1 and net2).
        let first = ShallowNetwork(
            theta0: [0.0, 0.0, -0.67], theta1: [-1.0, 1.0, 1.0], phi0: 1.0, phi: [-2.0, -3.0, 9.3])
        let second = ShallowNetwork(
            theta0: [-0.6, 0.2, -0.5], theta1: [-1.0, 1.0, 1.0], phi0: 0.5, phi: [-1.0, -1.5, 2.0])
        let composite = compose(first.network, second.network)
        #expect(composite.sizes == [1, 3, 3, 1])
        let middle = composite.layers[1]
        for k in 0..<3 {
            #expect(abs(middle.biases[k] - (second.theta0[k] + second.theta1[k] * first.phi0)) < 1e-12)
            for d in 0..<3 {
                #expect(abs(middle.weights[k, d] - second.theta1[k] * first.phi[d]) < 1e-12)
            }
        }
        for x in [-0.9, -0.3, 0.2, 0.8] {
            #expect(abs(composite([x])[0] - second(first(x))) < 1e-12, "x = \(x)")
        }
    }

    @Test func slopeOfTheCompositeFollowsTheChainRule() {
        // d/dx second(first(x)) = second′(first(x))·first′(x), all by central differences.
        let first = Self.random([1, 4, 1], seed: 11)
        let second = Self.random([1, 5, 1], seed: 12)
        let composite = compose(first, second)
        let derivative = { (f: (Double) -> Double, x: Double) in FiniteDifferences.derivative(f, at: x) }
        for x in [-1.3, -0.2, 0.45, 1.7] {
            let inner = { (t: Double) in first([t])[0] }
            let outer = { (t: Double) in second([t])[0] }
            let chain = derivative(outer, inner(x)) * derivative(inner, x)
            #expect(abs(derivative({ composite([$0])[0] }, x) - chain) < 1e-5, "x = \(x)")
        }
    }

    @Test func oscillatorCopiesMultiplyTheRegionsByFour() {
        // Problem 4.8: figure 4.9's units with φ = (4, −12, 9, −6) make 4 regions on [0, 1],
        // each mapping onto [0, 1], so K copies make 4^K.
        let oscillator = ShallowNetwork(
            theta0: [-1.0 / 6, -2.0 / 6, 4.0 / 6], theta1: [1, 1, -1], phi0: 4, phi: [-12, 9, -6]
        ).network
        #expect(selfComposition(oscillator, copies: 1).sizes == oscillator.sizes)
        for (copies, regions) in [(1, 4), (2, 16), (3, 64)] {
            let chain = selfComposition(oscillator, copies: copies)
            #expect(chain.sizes == [1] + Array(repeating: 3, count: copies) + [1])
            #expect(LinearRegions.pieces(of: chain, from: 0, to: 1, samples: 100_001) == regions, "\(copies) copies")
        }
    }
}
