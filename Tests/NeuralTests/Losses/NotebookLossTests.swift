import Testing

@testable import Neural

/// The losses of notebooks 5.1–5.3, whose stated values come from the notebooks
/// (see book-data.md, chapter 5): a 1-3-K ReLU network on the 20 points X20.
@Suite("Notebook 5.x loss values")
struct NotebookLossTests {
    static let x = Matrix(row: BookData.x20)

    static func network(omega1: Matrix, beta1: [Double]) -> Network {
        Network(layers: [
            Layer(weights: Matrix(column: [-1.0, 1.8, 0.65]), biases: [0.3, -1.0, -0.5]),
            Layer(weights: omega1, biases: beta1),
        ])
    }

    @Test("5.1: NLL 11.452419564 with σ = 0.2, sum of squares 2.020992572")
    func leastSquares() {
        let y = Matrix(row: BookData.y5_1)
        let output = Self.network(omega1: Matrix(row: [-2.0, -1.0, 7.0]), beta1: [0.1])(Self.x)
        let nll = GaussianNLL(variance: 0.2 * 0.2).value(output: output, target: y)
        #expect(abs(nll - 11.452419564) < 5e-9)
        #expect(abs(LeastSquares().value(output: output, target: y) - 2.020992572) < 5e-9)
    }

    @Test("5.2: binary cross-entropy 9.563639387")
    func binary() {
        let y = Matrix(row: BookData.y5_2.map(Double.init))
        let output = Self.network(omega1: Matrix(row: [-24.0, -8.0, 50.0]), beta1: [2.6])(Self.x)
        #expect(abs(BinaryCrossEntropy().value(output: output, target: y) - 9.563639387) < 5e-9)
    }

    @Test("5.3: multiclass cross-entropy 17.015457867")
    func multiclass() {
        let y = BookData.y5_3
        let omega1 = Matrix([[-24.0, -8.0, 50.0], [-2.0, 8.0, -30.0], [16.0, -8.0, -8]])
        let output = Self.network(omega1: omega1, beta1: [2.0, -2, 0.0])(Self.x)
        #expect(abs(CrossEntropy().value(output: output, target: y) - 17.015457867) < 5e-9)
    }
}
