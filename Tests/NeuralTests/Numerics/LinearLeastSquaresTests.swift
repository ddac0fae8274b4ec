import Testing

@testable import Neural

/// The minimum-norm least-squares solver against NumPy's `np.linalg.lstsq(A, y, rcond=None)`
/// (values printed by NumPy for these matrices) and against the conditions that define it.
@Suite struct LinearLeastSquaresTests {
    @Test("More rows than columns: NumPy's fit, and the normal equations hold")
    func overdetermined() {
        let a = Matrix([[1, 0, 0.5], [1, 0.3, 0.2], [1, 0.9, 0], [1, 0.4, 0]])
        let y = [1.0, 2, 0.5, -1]
        let x = minimumNormLeastSquares(a, y)
        #expect(close(x, [-1.095671981776764, 1.9646924829157149, 5.341685649202728], rtol: 1e-12))
        let residual = zip(Matrix.multiply(a, Matrix(column: x)).data, y).map { $0 - $1 }
        #expect(
            close(Matrix.multiply(a, Matrix(column: residual), transposeA: true).data, [0, 0, 0], rtol: 0, atol: 1e-13))
    }

    @Test("More columns than rows: NumPy's interpolating solution, the one with the smallest norm")
    func underdetermined() {
        let a = Matrix([[1, 0.2, 0, 0.7, 0.1], [1, 0.5, 0.3, 0, 0], [1, 0.9, 0.6, 0.2, 0]])
        let y = [0.3, -1.0, 2.0]
        let x = minimumNormLeastSquares(a, y)
        #expect(
            close(
                x,
                [-3.4588754430746014, 3.3514214556615363, 2.6105490508127773, 4.3813335124577595, 0.21657693221862817],
                rtol: 1e-12))
        #expect(close(Matrix.multiply(a, Matrix(column: x)).data, y, rtol: 1e-13, atol: 1e-13))
    }

    @Test("A column of zeros gets a zero coefficient, as NumPy's cut-off gives it")
    func rankDeficient() {
        let a = Matrix([[1, 0.2, 0], [1, 0.5, 0], [1, 0.9, 0], [1, 0.1, 0]])
        let x = minimumNormLeastSquares(a, [1, 0, 2, 1])
        #expect(close(x, [0.5612903225806453, 1.0322580645161288, 0], rtol: 1e-12, atol: 1e-15))
    }
}
