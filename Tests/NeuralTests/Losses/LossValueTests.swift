import Foundation
import Testing

@testable import Neural

@Suite("Loss values")
struct LossValueTests {
    @Test("Least squares is a sum (eq. 5.11); mean divides by the element count")
    func leastSquares() {
        let f = Matrix([[1, 2], [3, 4]])
        let y = Matrix([[0, 2], [5, 4]])
        #expect(LeastSquares().value(output: f, target: y) == 5)
        #expect(LeastSquares(reduction: .mean).value(output: f, target: y) == 1.25)
        #expect(LeastSquares().gradient(output: f, target: y) == Matrix([[2, 0], [-4, 0]]))
    }

    @Test("Softmax and log-sum-exp are stable for large inputs")
    func softmaxOverflow() {
        let expected = [0.09003057317038046, 0.24472847105479767, 0.6652409557748219]  // numpy
        #expect(close(softmax([1000, 1001, 1002]), expected, rtol: 1e-14))
        #expect(close(softmax([1, 2, 3]), expected, rtol: 1e-14))
        #expect(close(logSumExp([1, 2, 3]), 3.40760596444438, rtol: 1e-14))
        #expect(close(logSumExp([1000, 1001, 1002]), 1002.40760596444438, rtol: 1e-14))
        let columns = softmax(Matrix([[1000, 1], [1001, 2], [1002, 3]]))
        #expect(close(columns.column(0), expected, rtol: 1e-14) && close(columns.column(1), expected, rtol: 1e-14))
        #expect(CrossEntropy().value(output: Matrix(column: [1000, 1001, 1002]), target: [2]).isFinite)
    }

    @Test("Binary cross-entropy on logits equals the naive formula (eq. 5.20)")
    func binaryNaive() {
        let f = Matrix(row: [-3, -0.5, 0, 0.7, 4])
        let y = Matrix(row: [0, 1, 1, 0, 1])
        var naive = 0.0
        for (z, label) in zip(f.data, y.data) {
            let p = 1 / (1 + exp(-z))
            naive += -(1 - label) * log(1 - p) - label * log(p)
        }
        #expect(close(BinaryCrossEntropy().value(output: f, target: y), naive, rtol: 1e-12))
        let extreme = BinaryCrossEntropy().value(output: Matrix(row: [-800]), target: Matrix(row: [1]))
        #expect(close(extreme, 800))
    }

    @Test("Poisson NLL equals −log pmf (scipy)")
    func poisson() {
        let value = PoissonNLL().value(output: Matrix(row: [0.3, -0.5, 1.2]), target: Matrix(row: [2, 0, 5]))
        #expect(close(value, 4.157145313367175, rtol: 1e-12))
    }

    @Test("von Mises NLL equals −log pdf (scipy)")
    func vonMises() {
        let value = VonMisesNLL(concentration: 2.5)
            .value(output: Matrix(row: [0.1, -2.0, 3.0]), target: Matrix(row: [0.5, 2.9, -3.0]))
        #expect(close(value, 3.9167880876265535, rtol: 1e-12))
    }

    @Test(
        "log I₀ across the series/asymptotic switch (scipy)",
        arguments: [
            (0.5, 0.06154971918548117), (10, 7.942972083118695), (30, 27.384701433171937),
            (50, 47.1275755018718), (400, 396.0856420848876), (0, 0),
        ])
    func besselI0(kappa: Double, expected: Double) {
        #expect(close(logBesselI0(kappa), expected, rtol: 1e-13, atol: 1e-15))
    }

    @Test("Heteroscedastic normal NLL equals −log pdf (scipy)")
    func heteroscedastic() {
        let output = Matrix([[0.2, -0.4], [0.7, -1.1]])
        let y = Matrix(row: [0.5, 0.1])
        #expect(
            close(
                HeteroscedasticGaussianNLL(mapping: .softplus).value(output: output, target: y),
                1.739248315422417, rtol: 1e-12))
        #expect(
            close(
                HeteroscedasticGaussianNLL(mapping: .square).value(output: output, target: y),
                1.7716548220927824, rtol: 1e-12))
    }

    @Test("Huber is quadratic inside δ and linear outside")
    func huber() {
        let value = Huber(delta: 1).value(output: Matrix(row: [0.5, 3]), target: Matrix(row: [0, 0]))
        #expect(value == 0.125 + 2.5)
    }

    @Test("Cross-entropy mean divides by the number of examples")
    func crossEntropyMean() {
        let f = Matrix([[0, 0], [0, 0]])
        #expect(close(CrossEntropy().value(output: f, target: [0, 1]), 2 * log(2.0)))
        #expect(close(CrossEntropy(reduction: .mean).value(output: f, target: [0, 1]), log(2.0)))
    }
}
