import Foundation
import Neural
import Testing

/// Finite differences against closed-form derivatives.
@Suite struct FiniteDifferencesTests {
    @Test func derivativeOfSineIsCosine() {
        for x in [-2.0, 0, 0.7, 3] {
            #expect(abs(FiniteDifferences.derivative(sin, at: x) - cos(x)) < 1e-9)
        }
    }

    /// f(x, y) = x² + 3xy has gradient (2x + 3y, 3x).
    @Test func gradientOfAQuadratic() {
        let g = FiniteDifferences.gradient({ $0[0] * $0[0] + 3 * $0[0] * $0[1] }, at: [1.5, -2])
        #expect(abs(g[0] - (2 * 1.5 + 3 * -2)) < 1e-8 && abs(g[1] - 3 * 1.5) < 1e-8)
    }

    /// g(x, y) = (xy, x + y²) has Jacobian [[y, x], [1, 2y]]: rows are outputs.
    @Test func jacobianRowsAreOutputs() {
        let j = FiniteDifferences.jacobian({ [$0[0] * $0[1], $0[0] + $0[1] * $0[1]] }, at: [2, 3])
        let expected = [[3.0, 2], [1, 6]]
        for r in 0..<2 { for c in 0..<2 { #expect(abs(j[r][c] - expected[r][c]) < 1e-8) } }
        #expect(FiniteDifferences.jacobian({ [$0[0], $0[1], $0[0] * $0[1]] }, at: [1, 2]).count == 3)
    }

    /// f(x, y) = x²y + y³: gradient (2xy, x² + 3y²), Hessian [[2y, 2x], [2x, 6y]], symmetric.
    @Test func hessianFromTheGradient() {
        let h = FiniteDifferences.hessian(
            gradient: { [2 * $0[0] * $0[1], $0[0] * $0[0] + 3 * $0[1] * $0[1]] },
            at: [0.5, -1.5])
        let expected = [[-3.0, 1], [1, -9]]
        for r in 0..<2 { for c in 0..<2 { #expect(abs(h[r][c] - expected[r][c]) < 1e-7) } }
        #expect(h[0][1] == h[1][0])
    }

    @Test func linspaceEnds() {
        #expect(linspace(2, 3, 1) == [2])
        #expect(linspace(2, 3, 0).isEmpty)
        #expect(linspace(-1...1, 5) == [-1, -0.5, 0, 0.5, 1])
        #expect(linspace(0, 0.3, 4).last == 0.3)
    }
}
