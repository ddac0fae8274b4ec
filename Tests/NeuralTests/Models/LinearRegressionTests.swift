import Testing

@testable import Neural

/// The model of chapter 2 against the book's captions and NumPy's least squares.
@Suite struct LinearRegressionTests {
    let data = BookData.line12

    @Test func lossesOfFigure2_2MatchTheCaption() {
        // Figure 2.2 quotes L = 7.07 for panel b and 10.28 for panel c.
        let b = LinearRegression(intercept: 0.4, slope: 0.2).loss(x: data.x, y: data.y)
        let c = LinearRegression(intercept: 1.6, slope: -0.8).loss(x: data.x, y: data.y)
        #expect((b * 100).rounded() / 100 == 7.07)
        #expect((c * 100).rounded() / 100 == 10.28)
    }

    @Test func closedFormMatchesNumPyLeastSquares() {
        // np.linalg.lstsq([1, x], y) on the figure 2.2 data:
        // φ = [0.82595005, 0.52222607], L = 0.19986635693424953 (the caption's 0.20).
        let best = LinearRegression.fit(x: data.x, y: data.y)
        #expect(abs(best.intercept - 0.82595005) < 1e-8)
        #expect(abs(best.slope - 0.52222607) < 1e-8)
        #expect(abs(best.loss(x: data.x, y: data.y) - 0.19986635693424953) < 1e-12)
    }

    @Test(arguments: [(0.4, 0.2), (1.6, -0.8), (-2.0, 3.0)])
    func gradientMatchesFiniteDifferences(phi0: Double, phi1: Double) {
        let model = LinearRegression(intercept: phi0, slope: phi1)
        let g = model.gradient(x: data.x, y: data.y)
        let numeric = FiniteDifferences.gradient(
            { LinearRegression(intercept: $0[0], slope: $0[1]).loss(x: data.x, y: data.y) }, at: [phi0, phi1])
        #expect(abs(g[0] - numeric[0]) < 1e-5)
        #expect(abs(g[1] - numeric[1]) < 1e-5)
    }

    @Test func hessianMatchesFiniteDifferencesOfTheGradient() {
        let h = LinearRegression.hessian(x: data.x)
        let step = 1e-5
        let at = LinearRegression(intercept: 0.3, slope: 0.1)
        let g0 = at.gradient(x: data.x, y: data.y)
        let g1 = LinearRegression(intercept: 0.3 + step, slope: 0.1).gradient(x: data.x, y: data.y)
        let g2 = LinearRegression(intercept: 0.3, slope: 0.1 + step).gradient(x: data.x, y: data.y)
        #expect(abs((g1[0] - g0[0]) / step - h[0][0]) < 1e-4)
        #expect(abs((g1[1] - g0[1]) / step - h[1][0]) < 1e-4)
        #expect(abs((g2[1] - g0[1]) / step - h[1][1]) < 1e-4)
    }

    @Test func exactLineSearchStepsAreOrthogonalAndDownhill() {
        // An exact line search stops where the new gradient is orthogonal to the old one.
        var line = LinearRegression(intercept: 1.2, slope: 0.2)
        for _ in 0..<4 {
            let before = line.gradient(x: data.x, y: data.y)
            let next = line.steepestDescentStep(x: data.x, y: data.y)
            let after = next.gradient(x: data.x, y: data.y)
            #expect(
                abs(before[0] * after[0] + before[1] * after[1]) < 1e-9
                    * (1 + before[0] * before[0] + before[1] * before[1]))
            #expect(next.loss(x: data.x, y: data.y) < line.loss(x: data.x, y: data.y))
            line = next
        }
    }
}
