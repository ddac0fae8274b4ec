import Companion
import Foundation
import Neural
import Testing

@testable import Chapter04

/// Chapter 4 against the book: region counts of the figures, parameter counts of the
/// text and problems, and the MEDL constructions.
@Suite struct Chapter04Tests {
    let chapter = DeepNetworks.chapter

    @Test func figure41CompositionHasNineRegions() {
        // Figure 4.1: three regions each; composed, "nine linear regions".
        #expect(DeepNetworks.pieces(of: DeepNetworks.figure41First.network, on: -1...1) == 3)
        #expect(DeepNetworks.pieces(of: DeepNetworks.figure41Second.network, on: -1...1) == 3)
        let composite = compose(DeepNetworks.figure41First.network, DeepNetworks.figure41Second.network)
        #expect(DeepNetworks.pieces(of: composite, on: -1...1) == 9)
        // The composed network is the second applied to the first (eqs. 4.5–4.6).
        for x in [-0.95, -0.4, 0.1, 0.55, 0.9] {
            #expect(abs(composite([x])[0] - DeepNetworks.figure41Second(DeepNetworks.figure41First(x))) < 1e-12)
        }
        // The knots of figure 4.1b are reproduced by the breakpoint construction.
        let first = DeepNetworks.figure41First
        #expect(
            zip([-1.0, 0.0, 0.6, 1.0].map { first($0) }, [-1.0, 1.0, -1.0, 1.0]).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func figure41FoldsThreeInputsOntoEachOutput() {
        // Figure 4.1b/d: three regions of alternating slope sign (2, −10/3, 5 between the
        // knots), so three inputs reach y = 0.5 (by hand: −0.25, 0.15, 0.9) and the second
        // network treats them alike.
        let first = DeepNetworks.figure41First
        let second = DeepNetworks.figure41Second
        let slopes = [-0.5, 0.3, 0.8].map { x in FiniteDifferences.derivative({ first($0) }, at: x) }
        #expect(zip(slopes, [2, -10.0 / 3, 5]).allSatisfy { abs($0 - $1) < 1e-6 })
        let inputs = [-0.25, 0.15, 0.9]
        #expect(inputs.allSatisfy { abs(first($0) - 0.5) < 1e-12 })
        let composite = compose(first.network, second.network)
        #expect(inputs.allSatisfy { abs(composite([$0])[0] - second(0.5)) < 1e-12 })
    }

    @Test func section42ComposedSlopesAreAnOuterProduct() {
        // Eq. 4.5: ψ_k0 = θ'_k0 + θ'_k1·φ_0 and ψ_kd = θ'_k1·φ_d, so the nine slopes of
        // eq. 4.6 form the outer product [θ'_11, θ'_21, θ'_31]ᵀ[φ_1, φ_2, φ_3] (rank one).
        for (first, second) in [
            (DeepNetworks.figure41First, DeepNetworks.figure41Second),
            (DeepNetworks.notebookFirst, DeepNetworks.notebookSecond),
        ] {
            let middle = compose(first.network, second.network).layers[1]
            for k in 0..<3 {
                #expect(abs(middle.biases[k] - (second.theta0[k] + second.theta1[k] * first.phi0)) < 1e-12)
                for d in 0..<3 {
                    #expect(abs(middle.weights[k, d] - second.theta1[k] * first.phi[d]) < 1e-12)
                }
            }
        }
    }

    @Test func figure42HasSevenThenThirteenRegions() {
        // Figure 4.2b: seven regions, one flat; 4.2d: 13 regions after the second network.
        let side = 401
        let grid = Matrix(rows: 2, cols: side * side) { row, column in
            -1 + 2 * (Double(row == 0 ? column % side : column / side) + 0.5) / Double(side)
        }
        #expect(LinearRegions.count(of: DeepNetworks.figure38, inputs: grid) == 7)
        let composite = compose(DeepNetworks.figure38, DeepNetworks.figure42Second.network)
        #expect(LinearRegions.count(of: composite, inputs: grid) == 13)
        // The flat region: all three units off, output φ0 = 0.4.
        #expect(DeepNetworks.figure38([0.45, -0.95])[0] == 0.4)
        // Figure 4.2c: two linear regions for y ∈ [−1, 1].
        #expect(DeepNetworks.pieces(of: DeepNetworks.figure42Second.network, on: -1...1) == 2)
    }

    @Test func figuresInBookOrderWithDiagramPanels() throws {
        // Every figure of chapter 4, in book order.
        #expect(chapter.figures.map(\.id) == ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9"])
        // Panel a of figures 4.1, 4.2 and 4.8 is the network diagram; the plots keep the book's letters.
        for (id, letters) in [
            ("4.1", ["a", "b", "c", "d"]), ("4.2", ["a", "b", "c", "d"]), ("4.8", ["a", "b", "c"]),
        ] {
            let figure = try #require(chapter.figures.first { $0.id == id }).makeFigure()
            #expect(figure.panels.indices.map { figure[$0].letter } == letters, "figure \(id)")
        }
    }

    @Test func figure4_3FoldsEveryPieceOntoTheSameRange() {
        // Figure 4.3a: each of the first network's three pieces covers the whole of y ∈ [−1, 1] (so the line
        // folds onto itself), with slopes of alternating sign (so every other layer runs backwards).
        let first = DeepNetworks.figure41First
        let knots = DeepNetworks.figure41Knots.first
        let ends = knots.map { first($0) }
        #expect(zip(ends, [-1.0, 1, -1, 1]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(first.regions.filter { $0.lower < 1 && $0.upper > -1 }.count == 3)
        // The second network's joints are where figure 4.3c's copies bend: the knots it was built from.
        #expect(DeepNetworks.figure41Second.joints.sorted().map { ($0 * 1e9).rounded() / 1e9 } == [-1, -0.2, 0.3])
    }

    @Test func figure46ShapesFromTheCaption() {
        // "Ω1 … has dimension 2 × 4", "β2 is length three".
        let network = Network(sizes: [3, 4, 2, 3, 2])
        #expect(network.layers[1].weights.rows == 2 && network.layers[1].weights.cols == 4)
        #expect(network.layers[2].biases.count == 3)
    }

    @Test func section452RegionAndParameterCounts() {
        // Shallow: D + 1 regions from 3D + 1 parameters; deep: (D + 1)^K from 3D + 1 + (K − 1)D(D + 1).
        for units in 3...8 {
            #expect(Network(sizes: [1, units, 1]).parameterCount == 3 * units + 1)
            #expect(
                DeepRegionBound.maximumRegions(inputDimensions: 1, hiddenUnits: units, layers: 1) == Double(units + 1))
            for layers in 2...4 {
                #expect(
                    DeepRegionBound.maximumRegions(inputDimensions: 1, hiddenUnits: units, layers: layers)
                        == Double((0..<layers).reduce(1) { p, _ in p * (units + 1) }))
            }
        }
    }

    @Test func figure45PreActivationsPassThroughTheirKnots() {
        // Figure 4.5a–c (udlfigures' breakpoints): the three second-layer pre-activations
        // take the given values at x = 0, 1, 1.6, 2 and are straight between them.
        let xs = [0.0, 1.0, 1.6, 2.0, 0.5, 1.3, 1.8]
        let pre = DeepNetworks.figure45.forward(Matrix(row: xs)).preActivations[1]
        let knots = [[-0.75, 0.8, -0.8, 0.8], [-0.18, 0.5, -0.2, 0.8], [0.48, -0.25, 0.93, -0.2]]
        for k in 0..<3 {
            let y = knots[k]
            let expected = y + [(y[0] + y[1]) / 2, (y[1] + y[2]) / 2, (y[2] + y[3]) / 2]
            #expect(
                zip((0..<xs.count).map { pre[k, $0] }, expected).allSatisfy { abs($0 - $1) < 1e-12 }, "unit \(k + 1)")
        }
    }

    @Test func notesDeepBoundStaysBelowTwoToTheTotalUnits() {
        // Chapter 4 notes (Montúfar et al.): at most 2^D regions for D hidden units in all;
        // eq. 4.17 with K layers of D units stays below 2^{KD}.
        for (di, d, k) in [(1, 3, 1), (1, 3, 4), (1, 10, 5), (2, 4, 3), (10, 50, 5), (5, 30, 20)] {
            #expect(
                DeepRegionBound.maximumRegions(inputDimensions: di, hiddenUnits: d, layers: k) <= pow(2, Double(k * d)),
                "D_i = \(di), D = \(d), K = \(k)")
        }
    }

    @Test func figure47HighlightedPoints() {
        // 471 parameters and 161,051 regions (a); 10,801 parameters and more than 10^40 regions (b).
        #expect(DeepRegionBound.parameterCount(inputDimensions: 1, hiddenUnits: 10, layers: 5) == 471)
        #expect(DeepRegionBound.maximumRegions(inputDimensions: 1, hiddenUnits: 10, layers: 5) == 161_051)
        #expect(DeepRegionBound.parameterCount(inputDimensions: 10, hiddenUnits: 50, layers: 5) == 10_801)
        #expect(DeepRegionBound.maximumRegions(inputDimensions: 10, hiddenUnits: 50, layers: 5) > 1e40)
    }

    @Test func problemAnswers() throws {
        // Problem 4.4: Ω0 20×5, Ω1 10×20, Ω2 7×10, Ω3 4×7.
        #expect(
            try Reference.networkShapes(inputs: 5, hidden: [20, 10, 7], outputs: 4)
                == [[20, 5, 20], [10, 20, 10], [7, 10, 7], [4, 7, 4]])
        // Problem 4.6: widening adds more weights than deepening (K = D = 10): D² = 100 against
        // 2 + 9·(2D + 1) = 191. With the biases too it is 110 against 201: the same answer, width.
        #expect(try Reference.problem46Growth() == [100, 191])
        let parameters = { (sizes: [Int]) in Network(sizes: sizes).parameterCount }
        let base = parameters([1] + Array(repeating: 10, count: 10) + [1])
        #expect(parameters([1] + Array(repeating: 10, count: 11) + [1]) - base == 110)
        #expect(parameters([1] + Array(repeating: 11, count: 10) + [1]) - base == 201)
        // Problem 4.5: depth 20, width 30.
        #expect(try Reference.problem45DepthAndWidth() == [20, 30])
        // Figure 4.9: joints at 1/6, 2/6, 4/6 with slopes +1, +1, −1 where active.
        let joints = zip(DeepNetworks.figure49Theta0, DeepNetworks.figure49Theta1).map { -$0 / $1 }
        #expect(zip(joints, [1.0 / 6, 2.0 / 6, 4.0 / 6]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(DeepNetworks.figure49Theta1 == [1, 1, -1])
        // Problem 4.8 by hand: regions of widths 1/6, 1/6, 2/6, 2/6 need slopes 6, −6, 3, −3, so
        // φ_3 = −6, φ_1 = −12, φ_2 = 9 and φ_0 = 4 (y(0) = φ_0 + φ_3·4/6 = 0).
        #expect(try Reference.oscillatorPhi() == [4, -12, 9, -6])
        // Problem 4.8: 4 regions, 16 composed with itself, 4^K for K copies.
        let oscillator = DeepNetworks.figure49(phi: try Reference.oscillatorPhi()).network
        #expect(DeepNetworks.pieces(of: oscillator, on: 0...1) == 4)
        #expect(DeepNetworks.pieces(of: selfComposition(oscillator, copies: 2), on: 0...1) == 16)
        #expect(DeepNetworks.pieces(of: selfComposition(oscillator, copies: 3), on: 0...1) == 64)
        // Problem 4.10 at K = 5, D = 10 is figure 4.7a's 471.
        #expect(try Reference.deepParameterCount(layers: 5, units: 10) == 471)
        // Problem 4.11: 286 parameters each; 96 against 6^10 = 60,466,176 regions.
        #expect(try Reference.shallowVersusDeep() == [286, 286, 96, 60_466_176])
    }

    @Test func problem41JointsMatchTheComposedNetwork() throws {
        // Figure 4.8 (our functions): the composite bends at 7 places, so 8 regions.
        let joints = try Reference.problem41Joints()
        let expected = [-0.75, -0.625, -0.5, -0.25, 0.0, 0.5, 0.5 + 0.5 / 1.2]
        #expect(joints.count == expected.count)
        #expect(zip(joints, expected).allSatisfy { abs($0 - $1) < 1e-12 })
        let composite = compose(DeepNetworks.figure48First.network, DeepNetworks.figure48Second.network)
        #expect(DeepNetworks.pieces(of: composite, on: -1...1) == 8)
    }

    @Test func medlParameterCountsAndConstructions() throws {
        // MEDL §5.1: 31 and 61 parameters for the networks of its figure 5.1.
        #expect(Network(sizes: [4, 5, 1]).parameterCount == 31)
        #expect(Network(sizes: [4, 4, 3, 5, 1]).parameterCount == 61)
        // Figure 5.2: r − 1 = 9 units pass exactly through the 10 samples of f*.
        let samples = DeepNetworks.medlSamples(10)
        let net = try Reference.interpolationNetwork(u: samples.u, v: samples.v).network
        #expect(net.sizes == [1, 9, 1])
        #expect(zip(net(Matrix(row: samples.u)).data, samples.v).allSatisfy { abs($0 - $1) < 1e-12 })
        // f*(0) = cos(2 + 1/4) + 1, by hand.
        #expect(abs(DeepNetworks.medlTarget(0) - (-0.6281736227227391 + 1)) < 1e-12)
        // The multiplication gate (eq. 5.13): error shrinks like λ² towards x1·x2.
        let gate = DeepNetworks.gateNetwork(lambda: 0.001, secondDerivativeAtZero: 0.25)
        #expect(abs(gate([1.5, -2.0])[0] - (-3.0)) < 1e-5)
    }

    @Test func gateNetworkGradientMatchesFiniteDifferences() {
        // The gate is differentiable (SoftPlus): backpropagated gradient against central differences.
        let gate = DeepNetworks.gateNetwork(lambda: 0.7, secondDerivativeAtZero: 0.25)
        let x = Matrix(column: [0.4, -1.1])
        let target = Matrix(column: [0.3])
        let (_, gradients) = gate.lossAndGradients(LeastSquares(), input: x, target: target)
        let phi = gate.parameters
        for index in phi.indices {
            var plus = gate
            var minus = gate
            var p = phi
            var m = phi
            p[index] += 1e-6
            m[index] -= 1e-6
            plus.parameters = p
            minus.parameters = m
            let numeric =
                (LeastSquares().value(output: plus(x), target: target)
                    - LeastSquares().value(output: minus(x), target: target)) / 2e-6
            #expect(abs(gradients.flattened[index] - numeric) < 1e-5 * max(1, abs(numeric)), "parameter \(index)")
        }
    }

    @Test func theDemoQuotesTheBooksNumbers() throws {
        let sink = TextSink()
        for demo in chapter.demos { try demo.run(Narrator(sink: sink)) }
        for number in ["471", "161051", "10801", "× 10^41", "60466176", "286", "31", "61"] {
            #expect(quotes(sink.text, number), "\(number)")
        }
    }
}
