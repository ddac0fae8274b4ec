import COpenBLAS

extension Matrix {
    /// The product `op(A) · op(B)` computed by OpenBLAS `dgemm`, where `op(X)` is `Xᵀ`
    /// when the matching flag is set and `X` otherwise.
    ///
    /// The flags let backpropagation form `Ω_kᵀ ∂ℓ/∂f_k` and `∂ℓ/∂f_k h_kᵀ`
    /// (eq. 7.24) without materialising a transpose.
    public static func multiply(
        _ a: Matrix, _ b: Matrix, transposeA: Bool = false, transposeB: Bool = false
    ) -> Matrix {
        let m = transposeA ? a.cols : a.rows
        let k = transposeA ? a.rows : a.cols
        let kB = transposeB ? b.cols : b.rows
        let n = transposeB ? b.rows : b.cols
        precondition(k == kB, "Inner dimensions differ: \(m)×\(k) · \(kB)×\(n)")
        var c = Matrix(rows: m, cols: n)
        guard m > 0, n > 0, k > 0 else { return c }
        a.data.withUnsafeBufferPointer { pa in
            b.data.withUnsafeBufferPointer { pb in
                c.data.withUnsafeMutableBufferPointer { pc in
                    cblas_dgemm(
                        CblasRowMajor,
                        transposeA ? CblasTrans : CblasNoTrans,
                        transposeB ? CblasTrans : CblasNoTrans,
                        Int32(m), Int32(n), Int32(k),
                        1.0, pa.baseAddress, Int32(a.cols),
                        pb.baseAddress, Int32(b.cols),
                        0.0, pc.baseAddress, Int32(n)
                    )
                }
            }
        }
        return c
    }

    /// The matrix product `A · B` (not element-wise; see `hadamard(_:)` for that).
    public static func * (a: Matrix, b: Matrix) -> Matrix {
        multiply(a, b)
    }

    /// The product `A · v` of this matrix with a vector.
    public static func * (a: Matrix, v: [Double]) -> [Double] {
        multiply(a, Matrix(column: v)).data
    }
}
