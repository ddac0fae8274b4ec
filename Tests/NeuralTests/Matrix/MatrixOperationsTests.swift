import Testing

@testable import Neural

@Suite("Matrix operations")
struct MatrixOperationsTests {
    let m = Matrix([[1, 2, 3], [4, 5, 6]])

    @Test("Initialisers agree and index row-major")
    func initialisers() {
        #expect(Matrix(rows: 2, cols: 3) { i, j in Double(3 * i + j + 1) } == m)
        #expect(m[1, 0] == 4 && m.data == [1, 2, 3, 4, 5, 6])
        #expect(Matrix(rows: 2, cols: 2, repeating: 7).data == [7, 7, 7, 7])
        #expect(Matrix.identity(2) == Matrix([[1, 0], [0, 1]]))
    }

    @Test("Transpose")
    func transpose() {
        #expect(m.transposed() == Matrix([[1, 4], [2, 5], [3, 6]]))
        #expect(m.transposed().transposed() == m)
    }

    @Test("Bias broadcast adds β to every column (eq. 4.15)")
    func biasBroadcast() {
        #expect(m.addingToEachColumn([10, 20]) == Matrix([[11, 12, 13], [24, 25, 26]]))
    }

    @Test("Row and column sums")
    func sums() {
        #expect(m.rowSums() == [6, 15])
        #expect(m.columnSums() == [5, 7, 9])
        #expect(m.sum() == 21 && m.sumOfSquares() == 91)
    }

    @Test("Element-wise arithmetic and axpy")
    func elementwise() {
        let ones = Matrix(rows: 2, cols: 3, repeating: 1)
        #expect((m + ones).data == [2, 3, 4, 5, 6, 7])
        #expect((m - ones).data == [0, 1, 2, 3, 4, 5])
        #expect(m.hadamard(m).data == [1, 4, 9, 16, 25, 36])
        #expect((2 * m).data == [2, 4, 6, 8, 10, 12] && (m / 2)[0, 1] == 1)
        #expect((-m + 1).data == [0, -1, -2, -3, -4, -5])
        var x = m
        x.add(ones, scaledBy: -0.5)
        #expect(x.data == [0.5, 1.5, 2.5, 3.5, 4.5, 5.5])
        x *= 2
        #expect(x.data == [1, 3, 5, 7, 9, 11])
    }

    @Test("Slicing rows, columns and minibatches")
    func slicing() {
        #expect(m.row(1) == [4, 5, 6] && m.column(2) == [3, 6])
        #expect(m.columns([2, 0]) == Matrix([[3, 1], [6, 4]]))
        #expect(m.rows([1]) == Matrix([[4, 5, 6]]))
    }
}
