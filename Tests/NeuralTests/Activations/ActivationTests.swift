import Foundation
import Testing

@testable import Neural

@Suite("Activations")
struct ActivationTests {
    /// Points away from every kink: 0 (ReLU family, ELU, steps), 1 (rect) and ±3 (HardSwish).
    static let points: [Double] = [-4.2, -2.7, -1.3, -0.4, 0.35, 0.8, 1.6, 2.2, 3.6]

    @Test("Derivative matches central finite differences", arguments: Activation.all)
    func derivativeMatchesFiniteDifferences(activation: Activation) {
        for z in Self.points {
            let numeric = FiniteDifferences.derivative(activation.apply, at: z)
            #expect(
                close(activation.derivative(z), numeric, rtol: 1e-6, atol: 1e-8),
                "\(activation.name) at \(z)")
        }
    }

    @Test("Known values")
    func knownValues() {
        #expect(Activation.sigmoid.apply(0) == 0.5)
        #expect(close(Activation.gelu.apply(1), 0.8413447460685429, rtol: 1e-15))
        #expect(close(Activation.gelu.apply(-0.5), -0.15426876936299344, rtol: 1e-14))  // scipy
        #expect(close(Activation.softplus.apply(0), log(2.0), rtol: 1e-15))
        #expect(close(Activation.tanh.apply(0.5), 0.46211715726000974, rtol: 1e-15))
        #expect(Activation.seluLambda == 1.0507009873554805)
        #expect(Activation.seluAlpha == 1.6732632423543772)
        #expect(close(Activation.selu.apply(-1), -1.1113307378125625, rtol: 1e-14))  // numpy
        #expect(close(Activation.elu(alpha: 0.5).apply(-2), -0.43233235838169365, rtol: 1e-14))
        #expect(close(Activation.silu.apply(2), 1.7615941559557646, rtol: 1e-14))
        #expect(close(Activation.swish(beta: 0.4).apply(2), 1.379948962255225, rtol: 1e-14))
        #expect(Activation.hardSwish.apply(1) == 4.0 / 6 && Activation.hardSwish.apply(-3.5) == 0)
        #expect(Activation.hardSwish.apply(3.5) == 3.5)
        #expect(Activation.leakyReLU.apply(-2) == -0.2 && Activation.leakyReLU.apply(2) == 2)
        #expect(Activation.parametricReLU(slope: 0.25).apply(-2) == -0.5)
        #expect(Activation.linear.apply(-1.5) == -1.5)
    }

    @Test("ReLU conventions at the kink (eq. 7.24 vs notebook 7.3)")
    func reluAtZero() {
        #expect(Activation.relu.apply(-1) == 0 && Activation.relu.apply(2) == 2)
        #expect(Activation.relu.derivative(0) == 0)
        #expect(Activation.reluUnitSlopeAtZero.derivative(0) == 1)
        #expect(Activation.relu.derivative(-1) == 0 && Activation.relu.derivative(1) == 1)
    }

    @Test("Heaviside and rect follow eq. 3.15")
    func stepFunctions() {
        #expect([-0.1, 0, 0.5].map(Activation.heaviside.apply) == [0, 1, 1])
        #expect([-0.1, 0, 0.5, 1, 1.1].map(Activation.rect.apply) == [0, 1, 1, 1, 0])
    }

    @Test("Sigmoid is stable for large inputs")
    func sigmoidStable() {
        #expect(sigmoid(-800) == 0 && sigmoid(800) == 1)
        #expect(close(softplus(800), 800) && softplus(-800) == 0)
        #expect(close(sigmoid(-30), exp(-30) / (1 + exp(-30)), rtol: 1e-14))
    }

    @Test("Matrix application is element-wise")
    func matrixApplication() {
        let z = Matrix([[-1, 2], [0.5, -3]])
        #expect(Activation.relu.apply(z) == Matrix([[0, 2], [0.5, 0]]))
        #expect(Activation.relu.derivative(z) == Matrix([[0, 1], [1, 0]]))
    }

    @Test("The figure list has unique names")
    func names() {
        #expect(Set(Activation.all.map(\.name)).count == Activation.all.count)
    }
}
