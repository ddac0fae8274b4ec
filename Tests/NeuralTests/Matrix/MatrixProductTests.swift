import Testing

@testable import Neural

/// The textbook triple loop, as an independent reference for `cblas_dgemm`.
private func naiveProduct(_ a: Matrix, _ b: Matrix) -> Matrix {
    var c = Matrix(rows: a.rows, cols: b.cols)
    for i in 0..<a.rows {
        for j in 0..<b.cols {
            var s = 0.0
            for k in 0..<a.cols { s += a[i, k] * b[k, j] }
            c[i, j] = s
        }
    }
    return c
}

@Suite("Matrix products")
struct MatrixProductTests {
    @Test(
        "dgemm matches a triple loop for every transpose flag",
        arguments: [(false, false), (true, false), (false, true), (true, true)])
    func dgemmMatchesNaive(transposeA: Bool, transposeB: Bool) {
        var rng = NumPyRandomState(seed: 7)
        let a0 = rng.matrix(4, 3)
        let b0 = rng.matrix(3, 5)
        let a = transposeA ? a0.transposed() : a0
        let b = transposeB ? b0.transposed() : b0
        let product = Matrix.multiply(a, b, transposeA: transposeA, transposeB: transposeB)
        #expect(product.rows == 4 && product.cols == 5)
        #expect(close(product, naiveProduct(a0, b0), rtol: 1e-12, atol: 1e-14))
    }

    @Test("A·B of a worked example")
    func knownProduct() {
        let a = Matrix([[1, 2, 3], [4, 5, 6]])
        let b = Matrix([[7, 8], [9, 10], [11, 12]])
        #expect(a * b == Matrix([[58, 64], [139, 154]]))
        #expect(a * [1, 0, -1] == [-2, -2])
    }

    @Test("Empty inner dimension gives zeros")
    func emptyInner() {
        let a = Matrix(rows: 2, cols: 0)
        let b = Matrix(rows: 0, cols: 3)
        #expect(a * b == Matrix(rows: 2, cols: 3))
    }

    @Test("BLAS reports a core name and accepts a thread count")
    func blasControls() {
        #expect(!BLAS.coreName.isEmpty)
        let before = BLAS.threads
        BLAS.setThreads(1)
        #expect(BLAS.threads == 1)
        BLAS.setThreads(before)
    }
}
