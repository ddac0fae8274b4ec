import COpenBLAS

/// A floating-point type whose matrix products OpenBLAS computes: `Double` (`dgemm`, the
/// default everywhere) or `Float` (`sgemm`, an option for heavy experiments, see
/// ``SinglePrecisionNetwork``).
public protocol BLASScalar: BinaryFloatingPoint, SIMDScalar, Codable, Sendable {
    /// `C ← op(A)·op(B) + β·C` for row-major `m × k` `op(A)` and `k × n` `op(B)`, where `op`
    /// transposes when asked; `lda`, `ldb` and `ldc` are the stored row lengths.
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        _ a: UnsafePointer<Self>, lda: Int, _ b: UnsafePointer<Self>, ldb: Int,
        beta: Self, _ c: UnsafeMutablePointer<Self>, ldc: Int)
}

private func order(_ transpose: Bool) -> CBLAS_TRANSPOSE { transpose ? CblasTrans : CblasNoTrans }

extension Double: BLASScalar {
    public static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        _ a: UnsafePointer<Double>, lda: Int, _ b: UnsafePointer<Double>, ldb: Int,
        beta: Double, _ c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        cblas_dgemm(
            CblasRowMajor, order(transposeA), order(transposeB), Int32(m), Int32(n), Int32(k),
            1, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}

extension Float: BLASScalar {
    public static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        _ a: UnsafePointer<Float>, lda: Int, _ b: UnsafePointer<Float>, ldb: Int,
        beta: Float, _ c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        cblas_sgemm(
            CblasRowMajor, order(transposeA), order(transposeB), Int32(m), Int32(n), Int32(k),
            1, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}
