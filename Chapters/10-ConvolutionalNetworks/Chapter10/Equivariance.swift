import Neural

/// Translation and convolution (section 10.1, eqs. 10.1–10.2, problem 10.1): a convolution
/// commutes with a shift of its input, exactly when the signal wraps around (circular padding)
/// and away from the ends when it is padded with zeros.
enum Equivariance {
    /// The shift every demo and check uses, in samples.
    static let shift = 2

    /// The translation `t[x]_i = x_{i − k}`: circular wraps the end round to the start; otherwise
    /// zeros come in at the start and the last `k` values are lost.
    static func translate(_ x: [Double], by k: Int, circular: Bool) -> [Double] {
        let n = x.count
        return (0..<n).map { i in
            let source = i - k
            if circular { return x[((source % n) + n) % n] }
            return x.indices.contains(source) ? x[source] : 0
        }
    }

    /// Stride-1 convolution through the core's `Conv1d`. Circular padding wraps `⌊K/2⌋` values
    /// of each end round to the other and keeps the windows that fit ("valid"); zero padding is
    /// the notebook's.
    static func convolve(_ x: [Double], kernel omega: [Double], circular: Bool) -> [Double] {
        guard circular else { return Convolution1D.throughCore(x, kernel: omega) }
        let half = omega.count / 2
        let wrapped = Array(x.suffix(half)) + x + Array(x.prefix(half))
        return CoreLayer.apply(
            Conv1d(1, 1, kernel: omega.count), input: .signal(length: wrapped.count), parameters: omega + [0],
            to: wrapped)
    }

    /// `f[t[x]]` and `t[f[x]]` for the convolution `f` and the shift `t` (eq. 10.2).
    static func bothWays(_ x: [Double], kernel omega: [Double], circular: Bool) -> (
        convolveShifted: [Double], shiftConvolved: [Double]
    ) {
        (
            convolve(translate(x, by: shift, circular: circular), kernel: omega, circular: circular),
            translate(convolve(x, kernel: omega, circular: circular), by: shift, circular: circular)
        )
    }
}
