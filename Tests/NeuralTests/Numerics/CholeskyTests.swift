import Testing

@testable import Neural

/// The Cholesky factor and the inverse against their definitions and a hand-worked case.
struct CholeskyTests {
    /// A = [[4, 12, −16], [12, 37, −43], [−16, −43, 98]] has L = [[2, 0, 0], [6, 1, 0], [−8, 5, 3]].
    static let a: [[Double]] = [[4, 12, -16], [12, 37, -43], [-16, -43, 98]]

    @Test func factorsTheTextbookExample() throws {
        let l = try #require(cholesky(Self.a))
        #expect(l == [[2, 0, 0], [6, 1, 0], [-8, 5, 3]])
    }

    @Test func inverseTimesMatrixIsTheIdentity() throws {
        let inverse = try #require(inverseOfPositiveDefinite(Self.a))
        for i in 0..<3 {
            for j in 0..<3 {
                let product = (0..<3).reduce(0.0) { $0 + Self.a[i][$1] * inverse[$1][j] }
                #expect(abs(product - (i == j ? 1 : 0)) < 1e-12)
            }
        }
    }

    @Test func rejectsAMatrixThatIsNotPositiveDefinite() {
        #expect(cholesky([[1, 2], [2, 1]]) == nil)
    }
}
