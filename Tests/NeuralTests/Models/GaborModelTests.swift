import Foundation
import Testing

@testable import Neural

/// The Gabor model of eq. 6.8 against notebook 6.3, NumPy and finite differences.
@Suite struct GaborModelTests {
    let data = BookData.gabor30

    @Test func lossMatchesNotebook6_3() {
        // Notebook 6.3: "Correct loss = 16.419" at φ = (0.6, −0.2); NumPy gives 16.41882510762854.
        let loss = GaborModel(phi0: 0.6, phi1: -0.2).loss(x: data.x, y: data.y)
        #expect(abs(loss - 16.41882510762854) < 1e-11)
    }

    @Test func gradientMatchesNumPy() {
        // The notebook's gabor_deriv_phi0/phi1 summed over GABOR30 at φ = (−5, 25), in NumPy.
        let g = GaborModel(phi0: -5, phi1: 25).gradient(x: data.x, y: data.y)
        #expect(close(g, [3.343805095491922, 0.5191558950545829], rtol: 1e-12))
    }

    @Test func predictionIsAnEnvelopedSine() {
        // f = sin(z)·exp(−z²/32) with z = φ0 + 0.06·φ1·x.
        let model = GaborModel(phi0: 1.0, phi1: 10)
        let z = 1.0 + 0.6 * 2.5
        #expect(close(model.predict(2.5), sin(z) * exp(-z * z / 32), rtol: 1e-14))
        #expect(GaborModel(phi0: 0, phi1: 16.6).predict(0) == 0)
    }

    @Test(arguments: [[0.6, -0.2], [-5.0, 25.0], [0.0, 16.6], [3.5, 6.5], [-2.85, 9.04]])
    func gradientMatchesFiniteDifferences(phi: [Double]) {
        let model = GaborModel(phi)
        for batch in [nil, [0, 4, 7, 22, 29]] as [[Int]?] {
            let g = model.gradient(x: data.x, y: data.y, batch: batch)
            let numeric = FiniteDifferences.gradient(
                { GaborModel($0).loss(x: data.x, y: data.y, batch: batch) }, at: phi)
            for k in 0..<2 {
                #expect(close(g[k], numeric[k], rtol: 1e-6, atol: 1e-7), "∂L/∂φ\(k) at \(phi)")
            }
        }
    }

    @Test func modelDerivativesMatchFiniteDifferences() {
        let model = GaborModel(phi0: -1.3, phi1: 12)
        for x in [-14.0, -3.2, 0.0, 0.7, 9.9] {
            let d = model.derivatives(at: x)
            let numeric = FiniteDifferences.gradient({ GaborModel($0).predict(x) }, at: [-1.3, 12])
            #expect(close(d, numeric, rtol: 1e-6, atol: 1e-9), "x = \(x)")
        }
    }
}
