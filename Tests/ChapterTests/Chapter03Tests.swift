import Companion
import Foundation
import Neural
import Testing

@testable import Chapter03

/// Chapter 3 against the book: every number the chapter states that a program can
/// reproduce, plus the notebooks' values and MMDS Example 13.1.
@Suite struct Chapter03Tests {
    let chapter = ShallowNetworks.chapter

    @Test func equation31HasTenParametersAndFourRegions() {
        // Section 3.1: "ten parameters", "up to four linear regions".
        let net = ShallowNetworks.figure33
        #expect(net.network.parameterCount == 10)
        #expect(net.regions.count == 4)
        #expect(LinearRegions.pieces(of: net.network, from: -5, to: 5) == 4)
    }

    @Test func figure33ShadedRegion() {
        // Figure 3.3 / section 3.1.1: in the shaded region h1, h3 are active, h2 inactive,
        // and the slope is θ_11φ_1 + θ_31φ_3. Joints at x = 0.5, 1 and 11/7 (problem 3.3).
        let net = ShallowNetworks.figure33
        let joints = net.joints
        #expect(abs(joints[0] - 0.5) < 1e-12 && abs(joints[1] - 1) < 1e-12 && abs(joints[2] - 11.0 / 7) < 1e-12)
        let shaded = net.regions[1]
        #expect(shaded.active == [true, false, true])
        #expect(abs(shaded.slope - (0.4 * -1.3 + -0.7 * 0.66)) < 1e-12)
    }

    @Test func problems32And33AllFourRegions() {
        // Problem 3.2: active units per region of figure 3.3j, left to right (read off the
        // lines of figure 3.3a–c: h3 falls through zero at 11/7, h1 and h2 rise at 0.5 and 1).
        // Problem 3.3: each region's slope is the sum of θ_d1·φ_d over its active units.
        let regions = ShallowNetworks.figure33.regions
        #expect(
            regions.map(\.active) == [
                [false, false, true], [true, false, true], [true, true, true], [true, true, false],
            ])
        let expected = [
            -0.7 * 0.66, 0.4 * -1.3 + -0.7 * 0.66, 0.4 * -1.3 + 0.9 * 1.3 + -0.7 * 0.66, 0.4 * -1.3 + 0.9 * 1.3,
        ]
        #expect(zip(regions.map(\.slope), expected).allSatisfy { abs($0 - $1) < 1e-12 })
        // By hand: −0.462, −0.982, 0.188, 0.65.
        #expect(zip(regions.map(\.slope), [-0.462, -0.982, 0.188, 0.65]).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func section32AtMostDJointsAndDPlusOneRegions() {
        // Section 3.2: D hidden units give at most D joints, so at most D + 1 linear regions;
        // random networks (joints in general position) reach exactly D + 1.
        var random = NumPyRandomState(seed: 32)
        for d in 1...8 {
            let net = ShallowNetwork(
                theta0: random.normal(loc: 0, scale: 1, count: d),
                theta1: random.normal(loc: 0, scale: 1, count: d),
                phi0: 0, phi: random.normal(loc: 0, scale: 1, count: d))
            let joints = net.joints.sorted()
            #expect(joints.count == d)
            let pieces = LinearRegions.pieces(
                of: net.network, from: joints[0] - 1, to: joints[d - 1] + 1, samples: 200_001)
            #expect(pieces == d + 1, "D = \(d)")
            #expect(LinearRegions.zaslavskyBound(hiddenUnits: d, inputDimensions: 1) == Double(d + 1))
        }
    }

    @Test func figure310AxisAlignedHyperplanesMakeOrthants() {
        // Figure 3.10: D_i units whose joints are the coordinate hyperplanes cut D_i-space
        // into 2, 4, 8 regions for D_i = 1, 2, 3, and 2^{D_i} in general.
        for (di, regions) in [(1, 2), (2, 4), (3, 8)] {
            let net = ShallowNetworks.axisAlignedNetwork(inputs: di)
            // A 10^{D_i} grid over [−1, 1]^{D_i}, never exactly on a joint: digit i of k picks coordinate i.
            let axis = (0..<10).map { -0.95 + 0.2 * Double($0) }
            let grid = Matrix(rows: di, cols: Int(pow(10, Double(di)))) { i, k in axis[k / Int(pow(10, Double(i))) % 10]
            }
            #expect(LinearRegions.count(of: net, inputs: grid) == regions, "D_i = \(di)")
        }
        // The figure labels each region by its pattern: unit d is active where x_d > 0.
        #expect(ShallowNetworks.patternLabels([[-0.5, 0.5, 0.5], [0.5, -0.5, 0.5]]) == ["011", "101"])
        for d in 1...40 {
            #expect(
                LinearRegions.zaslavskyBound(hiddenUnits: d, inputDimensions: d) == pow(2, Double(d)), "D = D_i = \(d)")
        }
    }

    @Test func notesRegionsLieBetweenTwoToTheDiAndTwoToTheD() {
        // Chapter 3 notes: with D ≥ D_i units, between 2^{D_i} and 2^D regions (Zaslavsky's sum).
        for di in 1...10 {
            for d in di...30 {
                let bound = LinearRegions.zaslavskyBound(hiddenUnits: d, inputDimensions: di)
                #expect(bound >= pow(2, Double(di)) && bound <= pow(2, Double(d)), "D_i = \(di), D = \(d)")
            }
        }
    }

    @Test func thirdSlopeIsSumOfFirstAndFourth() {
        // Problem 3.9; numbers from finite differences of the network itself.
        let net = ShallowNetworks.figure33
        let slope = { (x: Double) in FiniteDifferences.derivative({ net($0) }, at: x) }
        #expect(abs(slope(1.3) - (slope(0.2) + slope(1.8))) < 1e-6)
        #expect(abs(slope(1.3) - 0.188) < 1e-6)  // 0.4·−1.3 + 0.9·1.3 − 0.7·0.66, by hand
    }

    @Test func reluIsNonNegativelyHomogeneous() {
        // Problem 3.5 (eq. 3.14) on random inputs; and problem 3.6: rescaling unit 1 by
        // α > 0 leaves the network unchanged.
        var random = NumPyRandomState(seed: 5)
        for _ in 0..<500 {
            let alpha = random.uniform(low: 0.01, high: 10)
            let z = random.uniform(low: -10, high: 10)
            #expect(abs(Activation.relu.apply(alpha * z) - alpha * Activation.relu.apply(z)) < 1e-12)
        }
        var scaled = ShallowNetworks.figure33
        scaled.theta0[0] *= 3; scaled.theta1[0] *= 3; scaled.phi[0] /= 3
        for x in random.uniform(low: -3, high: 3, count: 50) {
            #expect(abs(scaled(x) - ShallowNetworks.figure33(x)) < 1e-12)
        }
    }

    @Test func figure38HasSevenRegionsAndTheCentralTriangle() throws {
        // Figure 3.8 / problem 3.18: seven convex regions; central triangle h1, h3 on, h2 off.
        let inputs = LinearRegions.squareGrid(halfWidth: 1, samples: 201)
        #expect(LinearRegions.count(of: ShallowNetworks.figure38, inputs: inputs) == 7)
        #expect(ShallowNetworks.regionsAroundCrossings(of: ShallowNetworks.figure38) == 7)
        // The centroid of the three crossings lies in the triangle.
        let points = ShallowNetworks.crossings(of: ShallowNetworks.figure38)
        let centre = [points.map(\.x1).reduce(0, +) / 3, points.map(\.x2).reduce(0, +) / 3]
        let pattern = LinearRegions.activationPatterns(of: ShallowNetworks.figure38, inputs: Matrix(column: centre))[0]
        #expect(pattern == [true, false, true])
    }

    @Test func zaslavskyNumbers() {
        // Problem 3.18: 7 for D = 3 and 16 for D = 5 (D_i = 2); problem 3.15: 8 (D_i = D = 3);
        // figure 3.9: more than 10^107 for D_i = 100, D = 500; notebook 3.3's values.
        #expect(LinearRegions.zaslavskyBound(hiddenUnits: 3, inputDimensions: 2) == 7)
        #expect(LinearRegions.zaslavskyBound(hiddenUnits: 5, inputDimensions: 2) == 16)
        #expect(LinearRegions.zaslavskyBound(hiddenUnits: 3, inputDimensions: 3) == 8)
        #expect(LinearRegions.zaslavskyBound(hiddenUnits: 500, inputDimensions: 100) > 1e107)
        #expect(LinearRegions.zaslavskyBound(hiddenUnits: 50, inputDimensions: 10) == 13_432_735_556)
        #expect(LinearRegions.zaslavskyBound(hiddenUnits: 8, inputDimensions: 10) == 256)
        // Notebook 3.3: 2^8 and number_regions(8, 8) are both 256.
        #expect(LinearRegions.zaslavskyBound(hiddenUnits: 8, inputDimensions: 8) == 256)
        // Figure 3.9's circle: Python's exact Σ_{j≤100} C(500, j) = 2.7163077683821088e+107,
        // so "greater than 10^107" and below 10^108.
        let figure39 = LinearRegions.zaslavskyBound(hiddenUnits: 500, inputDimensions: 100)
        #expect(abs(figure39 / 2.7163077683821088e107 - 1) < 1e-12)
        #expect(figure39 < 1e108)
    }

    @Test func randomPlaneNetworksReachTheBound() {
        // Lines in general position: the exact count equals Σ_{j≤2} C(D, j).
        for d in [3, 5, 8, 12] {
            let net = ShallowNetworks.randomPlaneNetwork(hiddenUnits: d, seed: UInt32(d))
            #expect(ShallowNetworks.regionsAroundCrossings(of: net) == 1 + d + d * (d - 1) / 2)
        }
    }

    @Test func parameterCountsOfTheBook() {
        // Figure 3.11: twenty parameters; figure 3.9: 51,001; notebook 3.3: 97 for (10, 8);
        // problems 3.11 and 3.12 by counting weights: 18 and 13.
        #expect(Network(sizes: [3, 3, 2]).parameterCount == 20)
        #expect(Network(sizes: [100, 500, 1]).parameterCount == 51_001)
        #expect(Network(sizes: [10, 8, 1]).parameterCount == 97)
        #expect(ShallowNetworks.figure36.parameterCount == 4 * 2 + 2 * 5)
        #expect(ShallowNetworks.figure38.parameterCount == 3 * 3 + 4)
        // Figure 3.11: "fifteen slopes … and five offsets".
        let figure311 = Network(sizes: [3, 3, 2])
        #expect(figure311.layers.map { $0.weights.rows * $0.weights.cols }.reduce(0, +) == 15)
        #expect(figure311.layers.map(\.biases.count).reduce(0, +) == 5)
        // Problem 3.16's 2-4-3 network, by problem 3.17's (D_i + 1)D + (D + 1)D_o = 12 + 15.
        #expect(Network(sizes: [2, 4, 3]).parameterCount == 27)
    }

    @Test func notebook31Loss() {
        // Notebook 3.1: "True value = 9.385".
        let net = ShallowNetworks.notebook31
        let loss = zip(BookData.x20, BookData.y3_1).reduce(0.0) { $0 + (net($1.0) - $1.1) * (net($1.0) - $1.1) }
        #expect(String(format: "%.3f", loss) == "9.385")
        // Its second segment on [0, 1] is flat [NB 3.1].
        #expect(net.regions[1].slope == 0)
        #expect(net.regions[1].lower == 0.3 && net.regions[1].upper == 0.5)
    }

    @Test func approximationErrorFallsLikeOneOverDSquared() {
        // Section 3.2: more units, closer fit. Linear interpolation error ≈ h²/8·max|f''|.
        let errors = ShallowNetworks.approximationSizes.map {
            ShallowNetworks.maximumError(
                ShallowNetworks.interpolatingNetwork(hiddenUnits: $0, ShallowNetworks.smoothTarget),
                ShallowNetworks.smoothTarget)
        }
        #expect(errors[0] > errors[1] && errors[1] > errors[2])
        // max|f''| = (2π)²·0.5 + (5π)²·0.25 bounds the error of 50 units by h²/8 of that.
        let bound = (1.0 / 2500) / 8 * (4 * Double.pi * Double.pi * 0.5 + 25 * Double.pi * Double.pi * 0.25)
        #expect(errors[2] <= bound)
        let net = ShallowNetworks.interpolatingNetwork(hiddenUnits: 10, ShallowNetworks.smoothTarget)
        for k in 0...10 { #expect(abs(net(Double(k) / 10) - ShallowNetworks.smoothTarget(Double(k) / 10)) < 1e-12) }
    }

    @Test func figure3_5HasOneRegionPerHiddenUnit() {
        // Figure 3.5: "A neural network with a scalar input creates one extra linear region per hidden unit."
        for d in ShallowNetworks.figure35Sizes {
            let net = ShallowNetworks.interpolatingNetwork(hiddenUnits: d, ShallowNetworks.smoothTarget)
            let onUnitInterval = net.regions.filter { $0.lower < 1 && $0.upper > 0 }
            #expect(onUnitInterval.count == d, "D = \(d)")
            // Neighbouring regions have different slopes: every joint is a real bend.
            for (left, right) in zip(onUnitInterval, onUnitInterval.dropFirst()) {
                #expect(abs(left.slope - right.slope) > 1e-9, "D = \(d) at x = \(left.upper)")
            }
        }
    }

    @Test func example131RecognisesConsecutiveOnes() {
        // MMDS Example 13.1: right on all 16 inputs; eight good, eight bad; 0111 and 1100
        // good, 1001 and 0100 bad.
        let net = ThresholdNetwork.consecutiveOnes
        let inputs = ThresholdNetwork.allInputs(4)
        #expect(inputs.count == 16)
        #expect(inputs.filter { net($0) == 1 }.count == 8)
        for bits in inputs { #expect((net(bits) == 1) == ThresholdNetwork.hasConsecutiveOnes(bits)) }
        #expect(
            net([0, 1, 1, 1]) == 1 && net([1, 1, 0, 0]) == 1 && net([1, 0, 0, 1]) == 0 && net([0, 1, 0, 0]) == 0)
        // Gate 1 alone misses exactly 0011 and 1011, as the text says.
        let missed = inputs.filter { ThresholdNetwork.hasConsecutiveOnes($0) && net.hidden($0)[0] == 0 }
        #expect(missed == [[0, 0, 1, 1], [1, 0, 1, 1]])
    }

    @Test func theDemoQuotesTheBooksNumbers() throws {
        let sink = TextSink()
        for demo in chapter.demos { try demo.run(Narrator(sink: sink)) }
        for number in ["0.5000", "1.5714", "−0.9820", "0.1880", "51001", "e+107", "16 of the 16"] {
            #expect(quotes(sink.text, number), "\(number)")
        }
    }
}
