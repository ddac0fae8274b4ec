import Testing

@testable import Neural

/// Every loss's gradient against central finite differences of its value.
@Suite("Loss gradients")
struct LossGradientTests {
    static func matches<L: Loss>(_ loss: L, _ output: Matrix, _ target: L.Target) -> Bool {
        let numeric = numericalGradient(of: { loss.value(output: $0, target: target) }, at: output)
        return close(loss.gradient(output: output, target: target), numeric, rtol: 1e-6, atol: 1e-8)
    }

    static var output: Matrix {
        var rng = NumPyRandomState(seed: 9)
        return rng.matrix(2, 3, in: -2...2)
    }

    @Test("Element-wise losses", arguments: [Reduction.sum, .mean])
    func elementwise(reduction: Reduction) {
        let y = Matrix([[0.3, -1.2, 2.0], [0.0, 0.9, -0.4]])
        #expect(Self.matches(LeastSquares(reduction: reduction), Self.output, y))
        #expect(Self.matches(GaussianNLL(variance: 0.3, reduction: reduction), Self.output, y))
        #expect(Self.matches(Huber(delta: 0.8, reduction: reduction), Self.output, y))
        #expect(Self.matches(VonMisesNLL(concentration: 2.5, reduction: reduction), Self.output, y))
        let labels = Matrix([[1, 0, 1], [0, 0, 1]])
        #expect(Self.matches(BinaryCrossEntropy(reduction: reduction), Self.output, labels))
        let counts = Matrix([[2, 0, 5], [1, 3, 0]])
        #expect(Self.matches(PoissonNLL(reduction: reduction), Self.output, counts))
    }

    @Test("Cross-entropy", arguments: [Reduction.sum, .mean])
    func crossEntropy(reduction: Reduction) {
        #expect(Self.matches(CrossEntropy(reduction: reduction), Self.output, [1, 0, 1]))
    }

    @Test("Heteroscedastic normal", arguments: [VarianceMapping.square, .softplus, .exp])
    func heteroscedastic(mapping: VarianceMapping) {
        let y = Matrix([[0.3, -1.2, 2.0]])
        var output = Self.output
        output[1, 1] = 0.9
        #expect(Self.matches(HeteroscedasticGaussianNLL(mapping: mapping), output, y))
        #expect(Self.matches(HeteroscedasticGaussianNLL(mapping: mapping, reduction: .mean), output, y))
    }
}
