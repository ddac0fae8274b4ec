/// Preallocated memory for the forward pass (eq. 7.23) and backpropagation (eqs. 7.24–7.25) of
/// one network shape, working directly on the flat parameter vector φ that optimisers update.
///
/// `Network.forward` and `Network.backward` allocate fresh matrices for every `f_k`, `h_k` and
/// gradient; in a training loop that runs thousands of times this buffer set is reused instead.
/// Every `Ω_k` is read straight out of φ (row-major, in `Network.parameters` order) and every
/// product is one `gemm` call, with transpose flags rather than transposed copies.
///
/// `Scalar` is the precision of the products, activations and gradients: `Double`, or `Float`
/// for ``SinglePrecisionNetwork``. φ, the gathered inputs and `∂L/∂f_K` arrive in double
/// precision and are rounded to `Scalar` on the way in; the output and `∂L/∂φ` are widened
/// back, so the optimiser always updates double-precision parameters.
final class BackpropagationWorkspace<Scalar: BLASScalar> {
    /// `[D_i, D_1, …, D_o]`.
    let sizes: [Int]
    let activation: Activation
    /// The largest batch the buffers hold.
    let capacity: Int
    /// Where `Ω_k` and `β_k` start inside φ.
    let weightOffsets: [Int]
    let biasOffsets: [Int]
    /// `h_0 … h_K`: `h[k]` has `sizes[k]` rows (h_0 is the gathered input batch).
    private let h: [UnsafeMutablePointer<Scalar>]
    /// `f_0 … f_K`: `f[k]` has `sizes[k + 1]` rows.
    private let f: [UnsafeMutablePointer<Scalar>]
    /// `∂L/∂f_k`, same shapes as `f`.
    private let delta: [UnsafeMutablePointer<Scalar>]
    /// `Ω_kᵀ δ_k` on its way to `δ_{k−1}`, as large as the largest hidden layer.
    private let scratch: UnsafeMutablePointer<Scalar>
    /// φ and `∂L/∂φ` rounded to `Scalar` (unused when `Scalar` is `Double`: the passes then
    /// read φ and write `gradient` in place).
    private let roundedPhi: UnsafeMutablePointer<Scalar>
    private let roundedGradient: UnsafeMutablePointer<Scalar>
    /// `∂L/∂φ`, in `Network.parameters` order.
    var gradient: [Double]

    init(network: Network, capacity: Int) {
        precondition(capacity > 0, "The workspace needs room for at least one example")
        sizes = network.sizes
        activation = network.activation
        self.capacity = capacity
        var weightOffsets = [Int]()
        var biasOffsets = [Int]()
        var offset = 0
        for layer in network.layers {
            weightOffsets.append(offset)
            offset += layer.weights.count
            biasOffsets.append(offset)
            offset += layer.outputSize
        }
        self.weightOffsets = weightOffsets
        self.biasOffsets = biasOffsets
        let depth = network.layers.count
        h = (0..<depth).map { .allocate(capacity: network.sizes[$0] * capacity) }
        f = (0..<depth).map { .allocate(capacity: network.sizes[$0 + 1] * capacity) }
        delta = (0..<depth).map { .allocate(capacity: network.sizes[$0 + 1] * capacity) }
        gradient = [Double](repeating: 0, count: offset)
        scratch = .allocate(capacity: (network.sizes.dropFirst().max() ?? 0) * capacity)
        let rounded = Scalar.self == Double.self ? 0 : offset
        roundedPhi = .allocate(capacity: rounded)
        roundedGradient = .allocate(capacity: rounded)
    }

    deinit {
        for buffer in h + f + delta + [scratch, roundedPhi, roundedGradient] { buffer.deallocate() }
    }

    /// Calls `body` with φ in `Scalar` precision: φ itself for `Double`, a rounded copy otherwise.
    @inline(__always)
    private func withParameters<T>(_ phi: [Double], _ body: (UnsafePointer<Scalar>) -> T) -> T {
        phi.withUnsafeBufferPointer { p in
            if Scalar.self == Double.self {
                return body(UnsafeRawPointer(p.baseAddress!).assumingMemoryBound(to: Scalar.self))
            }
            for i in p.indices { roundedPhi[i] = Scalar(p[i]) }
            return body(roundedPhi)
        }
    }

    /// Calls `body` with where `∂L/∂φ` goes in `Scalar` precision, then widens it into `gradient`.
    @inline(__always)
    private func withGradient(_ body: (UnsafeMutablePointer<Scalar>) -> Void) {
        gradient.withUnsafeMutableBufferPointer { g in
            if Scalar.self == Double.self {
                body(UnsafeMutableRawPointer(g.baseAddress!).assumingMemoryBound(to: Scalar.self))
                return
            }
            body(roundedGradient)
            for i in g.indices { g[i] = Double(roundedGradient[i]) }
        }
    }

    private var depth: Int { sizes.count - 1 }

    /// Copies the columns `indices` of `x` into `h_0`, packed as a `D_i × n` matrix.
    func gather(_ x: Matrix, columns indices: ArraySlice<Int>) {
        precondition(x.rows == sizes[0] && indices.count <= capacity, "Batch does not fit the workspace")
        let (rows, cols, n, h0) = (x.rows, x.cols, indices.count, h[0])
        x.data.withUnsafeBufferPointer { src in
            indices.withUnsafeBufferPointer { idx in
                for i in 0..<rows {
                    for k in 0..<n { h0[i * n + k] = Scalar(src[i * cols + idx[k]]) }
                }
            }
        }
    }

    /// The forward pass of eq. 7.23 for the `n` columns gathered into `h_0`, with parameters φ;
    /// returns the output `f_K` as a `D_o × n` matrix. `backward` may follow.
    func forward(_ phi: [Double], count n: Int) -> Matrix {
        forward(phi, count: n, input: UnsafePointer(h[0]), stride: n)
    }

    /// The forward pass for the columns `range` of `x`, read where they are instead of being
    /// gathered into `h_0` (for evaluating whole data sets); `backward` must not follow.
    func forward(_ phi: [Double], columns range: Range<Int>, of x: Matrix) -> Matrix {
        precondition(
            x.rows == sizes[0] && range.lowerBound >= 0 && range.upperBound <= x.cols,
            "Columns \(range) are not in the \(x.rows) × \(x.cols) input")
        return x.data.withUnsafeBufferPointer { src in
            if Scalar.self == Double.self {
                let columns = UnsafeRawPointer(src.baseAddress! + range.lowerBound).assumingMemoryBound(to: Scalar.self)
                return forward(phi, count: range.count, input: columns, stride: x.cols)
            }
            let (n, h0) = (range.count, h[0])
            precondition(n <= capacity, "Batch does not fit the workspace")
            for i in 0..<x.rows {
                for k in 0..<n { h0[i * n + k] = Scalar(src[i * x.cols + range.lowerBound + k]) }
            }
            return forward(phi, count: n, input: UnsafePointer(h0), stride: n)
        }
    }

    /// Eq. 7.23 on `n` input columns starting at `input`, consecutive rows `stride` apart.
    private func forward(_ phi: [Double], count n: Int, input: UnsafePointer<Scalar>, stride: Int) -> Matrix {
        precondition(n <= capacity, "Batch does not fit the workspace")
        withParameters(phi) { p in
            for k in 0..<depth {
                let (rows, inner) = (sizes[k + 1], sizes[k])
                let fk = f[k]
                // f_k ← β_k broadcast over the columns, then f_k ← Ω_k h_k + f_k.
                for i in 0..<rows { (fk + i * n).update(repeating: p[biasOffsets[k] + i], count: n) }
                let (hk, ldh) = k == 0 ? (input, stride) : (UnsafePointer(h[k]), n)
                Scalar.gemm(
                    transposeA: false, transposeB: false, m: rows, n: n, k: inner,
                    p + weightOffsets[k], lda: inner, hk, ldb: ldh, beta: 1, fk, ldc: n)
                if k < depth - 1 { activate(fk, into: h[k + 1], count: rows * n) }
            }
        }
        let rows = sizes[depth]
        return Matrix(
            rows: rows, cols: n, data: UnsafeBufferPointer(start: f[depth - 1], count: rows * n).map(Double.init))
    }

    /// Backpropagation (eqs. 7.24–7.25) after `forward(_:count:)`: the columns `range` of
    /// `outputGradient` hold `∂L/∂f_K` for the examples that pass saw. Fills `gradient` with
    /// `∂L/∂φ`, the sum over those examples.
    func backward(_ phi: [Double], outputGradient: Matrix, columns range: Range<Int>) {
        let n = range.count
        precondition(
            outputGradient.rows == sizes[depth] && range.lowerBound >= 0
                && range.upperBound <= outputGradient.cols && n <= capacity,
            "Output gradient has the wrong shape")
        outputGradient.data.withUnsafeBufferPointer { g in
            let cols = outputGradient.cols
            let last = delta[depth - 1]
            for i in 0..<outputGradient.rows {
                for j in 0..<n { last[i * n + j] = Scalar(g[i * cols + range.lowerBound + j]) }
            }
        }
        withParameters(phi) { p in
            withGradient { grad in
                for k in stride(from: depth - 1, through: 0, by: -1) {
                    let (rows, inner, dk) = (sizes[k + 1], sizes[k], delta[k])
                    // ∂L/∂β_k = Σ_i ∂ℓ_i/∂f_k: the row sums of δ_k.
                    let biases = grad + biasOffsets[k]
                    for i in 0..<rows {
                        var s: Scalar = 0
                        for j in 0..<n { s += dk[i &* n &+ j] }
                        biases[i] = s
                    }
                    // ∂L/∂Ω_k = δ_k h_kᵀ.
                    Scalar.gemm(
                        transposeA: false, transposeB: true, m: rows, n: inner, k: n,
                        dk, lda: n, h[k], ldb: n, beta: 0, grad + weightOffsets[k], ldc: inner)
                    guard k > 0 else { continue }
                    // δ_{k−1} = a′[f_{k−1}] ⊙ Ω_kᵀ δ_k.
                    // Ω_kᵀ δ_k goes to a scratch buffer and the product with a′ into δ_{k−1}: with
                    // source and target apart, the ReLU's select compiles to vector instructions.
                    Scalar.gemm(
                        transposeA: true, transposeB: false, m: inner, n: n, k: rows,
                        p + weightOffsets[k], lda: inner, dk, ldb: n, beta: 0, scratch, ldc: n)
                    multiplyByDerivative(scratch, at: f[k - 1], into: delta[k - 1], count: inner * n)
                }
            }
        }
    }

    /// `h = a[f]` element by element. ReLU, the common case, is a select without a branch, which
    /// the compiler turns into vector instructions.
    private func activate(_ source: UnsafeMutablePointer<Scalar>, into target: UnsafeMutablePointer<Scalar>, count: Int)
    {
        switch activation {
        case .relu, .reluUnitSlopeAtZero:
            for i in 0..<count {
                let z = source[i]
                target[i] = z < 0 ? 0 : z
            }
        case .linear:
            target.update(from: source, count: count)
        default:
            for i in 0..<count { target[i] = Scalar(activation.apply(Double(source[i]))) }
        }
    }

    /// `δ = g ⊙ a′[f]`; for ReLU `a′[f] = I[f > 0]` (eq. 7.24), applied as a select rather than a
    /// branch, because the sign of `f` is as good as random and a branch would be mispredicted
    /// half the time.
    private func multiplyByDerivative(
        _ g: UnsafeMutablePointer<Scalar>, at f: UnsafeMutablePointer<Scalar>,
        into delta: UnsafeMutablePointer<Scalar>, count: Int
    ) {
        switch activation {
        case .relu:
            for i in 0..<count {
                let d = g[i]
                delta[i] = f[i] > 0 ? d : 0
            }
        case .linear:
            delta.update(from: g, count: count)
        default:
            for i in 0..<count { delta[i] = g[i] * Scalar(activation.derivative(Double(f[i]))) }
        }
    }
}
