import Foundation
import Testing

@testable import Neural

/// The NumPy/scipy building blocks of MNIST-1D against values printed by numpy 2.4.6 and
/// scipy 1.17.1.
@Suite struct NumericsTests {
    @Test func pairwiseSummationMatchesNumPy() {
        var random = NumPyRandomState(seed: 5)
        let values = random.randn(1000)
        #expect(NumPySummation.sum(values) == 33.27702789285542)
        #expect(NumPySummation.sum(values[..<100]) == 9.154664386777673)
        #expect(NumPySummation.sum(values[..<13]) == 0.581521486295912)
        #expect(NumPySummation.sum(values[..<5]) == 2.3986462339738397)
        #expect(NumPySummation.standardDeviation(values) == 0.9898888284222432)
    }

    @Test func gaussianFilterMatchesScipyReflectMode() {
        let signal = [0.0, 1, 4, 2, -3, 5, 7, 1, 0, 2, 2.5]
        #expect(
            GaussianFilter.smooth(signal) == [
                1.1902147446229585, 1.3362672160594065, 1.5511297168897422, 1.8052157032526248,
                2.1225970428488363, 2.433533745538007, 2.5593289164663515, 2.4234457833630287,
                2.168625794193816, 1.9865224948324416, 1.9231188419327878,
            ])
    }

    @Test func gaussianWeightsAreTheNormalisedKernel() {
        let raw = (-8...8).map { exp(-Double($0 * $0) / 8) }
        let total = raw.reduce(0, +)
        for k in 0...8 {
            #expect(abs(GaussianFilter.weights[k] - raw[k + 8] / total) <= 1e-16)
        }
    }

    @Test func reflectIndices() {
        #expect((-3..<7).map { GaussianFilter.reflect($0, count: 4) } == [2, 1, 0, 0, 1, 2, 3, 3, 2, 1])
    }

    @Test func interpolationMatchesNumPy() {
        let knots = linspace(0, 1, 4)
        let points = linspace(0, 1, 7)
        #expect(
            LinearInterpolation.interp(points, knots, [1, 3, -2, 0.5]) == [
                1.0, 2.0, 3.0, 0.49999999999999956, -2.0, -0.7500000000000004, 0.5,
            ])
        let ramp = linspace(-0.5, 0.5, 72)
        #expect(
            [ramp[1], ramp[35], ramp[70], ramp[71]] == [
                -0.4859154929577465, -0.007042253521126751, 0.4859154929577465, 0.5,
            ])
    }
}
