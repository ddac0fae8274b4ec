import Testing

@testable import Neural

@Suite struct DeepRegionBoundTests {
    @Test func figure47HighlightedPoints() {
        // Figure 4.7a: K = 5, D = 10, one input: 471 parameters, 161,051 regions.
        #expect(DeepRegionBound.parameterCount(inputDimensions: 1, hiddenUnits: 10, layers: 5) == 471)
        #expect(DeepRegionBound.maximumRegions(inputDimensions: 1, hiddenUnits: 10, layers: 5) == 161_051)
        // Figure 4.7b: K = 5, D = 50, ten inputs: 10,801 parameters, more than 10^40 regions.
        #expect(DeepRegionBound.parameterCount(inputDimensions: 10, hiddenUnits: 50, layers: 5) == 10_801)
        let regions = DeepRegionBound.maximumRegions(inputDimensions: 10, hiddenUnits: 50, layers: 5)
        #expect(regions > 1e40)
        // Python: (50//10+1)**40 * sum(comb(50, j) for j in range(11)) = 1.7956201918656206e+41.
        #expect(abs(regions / 1.7956201918656206e41 - 1) < 1e-12)
    }

    @Test func smallCasesAgainstIntegerArithmetic() {
        // Python integers: D_i = 2, D = 4, K = 3 → 3^4 · (1 + 4 + 6) = 891.
        #expect(DeepRegionBound.maximumRegions(inputDimensions: 2, hiddenUnits: 4, layers: 3) == 891)
        // One input: (D + 1)^K (section 4.5.2); problem 4.11's deep network: 6^10.
        #expect(DeepRegionBound.maximumRegions(inputDimensions: 1, hiddenUnits: 5, layers: 10) == 60_466_176)
        // One layer is the shallow (Zaslavsky) count: 13,432,735,556 for D_i = 10, D = 50 (notebook 3.3).
        #expect(DeepRegionBound.maximumRegions(inputDimensions: 10, hiddenUnits: 50, layers: 1) == 13_432_735_556)
    }

    @Test func parameterCountMatchesABuiltNetwork() {
        for (inputs, units, layers, outputs) in [
            (1, 3, 2, 1), (5, 30, 20, 1), (4, 7, 3, 2), (10, 50, 5, 1), (1, 95, 1, 1),
        ] {
            let sizes = [inputs] + Array(repeating: units, count: layers) + [outputs]
            let network = Network(sizes: sizes)
            #expect(
                DeepRegionBound.parameterCount(
                    inputDimensions: inputs, hiddenUnits: units, layers: layers,
                    outputDimensions: outputs) == network.parameterCount, "\(sizes)")
        }
        // Problem 4.10's closed form 3D + 1 + (K − 1)D(D + 1) for one input and output.
        for units in 1...12 {
            for layers in 1...6 {
                #expect(
                    DeepRegionBound.parameterCount(inputDimensions: 1, hiddenUnits: units, layers: layers)
                        == 3 * units + 1 + (layers - 1) * units * (units + 1))
            }
        }
    }
}
