import Foundation
import Testing

@testable import Neural

@Suite("Line search (notebooks 6.1 and 6.2)")
struct LineSearchTests {
    @Test("Finds the minimum of a 1-D quadratic")
    func quadratic() {
        let minimum = lineSearch(loss: { ($0 - 0.4) * ($0 - 0.4) }, threshold: 1e-6, maxIterations: 100)
        #expect(abs(minimum - 0.4) < 1e-5)
    }

    @Test("Rule 1 shrinks the bracket towards a when a is lowest")
    func ruleOne() {
        var brackets = [Bracket]()
        let minimum = lineSearch(
            loss: { $0 }, threshold: 1e-9, maxIterations: 3, observe: { _, x in brackets.append(x) })
        #expect(brackets.map(\.d) == [1, 0.5, 0.25])
        #expect(close(minimum, (0.33 + 0.66) / 16))
    }

    @Test("Notebook 6.1 loss with the notebook's defaults matches a Python port")
    func notebook61() {
        let loss = { (p: Double) in
            1 - 0.5 * exp(-(p - 0.65) * (p - 0.65) / 0.1) - 0.45 * exp(-(p - 0.35) * (p - 0.35) / 0.02)
        }
        var iterations = 0
        let minimum = lineSearch(loss: loss) { i, _ in iterations = i }
        #expect(iterations == 10)
        #expect(close(minimum, 0.38323121475384858, rtol: 1e-12))
    }

    @Test("Notebook 6.2: ten steepest-descent steps with line search on LINE12 (Python port)")
    func notebook62() {
        let x = [0.03, 0.19, 0.34, 0.46, 0.78, 0.81, 1.08, 1.18, 1.39, 1.60, 1.65, 1.90]
        let y = [0.67, 0.85, 1.05, 1.00, 1.40, 1.50, 1.30, 1.54, 1.55, 1.68, 1.73, 1.60]
        let loss = { (p: [Double]) in zip(x, y).reduce(0) { $0 + pow(p[0] + p[1] * $1.0 - $1.1, 2) } }
        let gradient = { (p: [Double]) -> [Double] in
            zip(x, y).reduce(into: [0.0, 0.0]) { g, xy in
                let r = 2 * (p[0] + p[1] * xy.0 - xy.1)
                g[0] += r
                g[1] += r * xy.0
            }
        }
        let descent = LineSearchGradientDescent()
        var phi = [1.6, -0.5]
        let firstAlpha = descent.step(&phi, gradient: gradient(phi), loss: loss)
        #expect(close(firstAlpha, 0.022770078585079685, rtol: 1e-9))
        for _ in 1..<10 { descent.step(&phi, gradient: gradient(phi), loss: loss) }
        #expect(close(phi, [0.86767483371140153, 0.4677990615161769], rtol: 1e-9))
    }
}
