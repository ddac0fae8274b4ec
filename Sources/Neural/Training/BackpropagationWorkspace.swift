import COpenBLAS

/// Preallocated memory for the forward pass (eq. 7.23) and backpropagation (eqs. 7.24–7.25) of
/// one network shape, working directly on the flat parameter vector φ that optimisers update.
///
/// `Network.forward` and `Network.backward` allocate fresh matrices for every `f_k`, `h_k` and
/// gradient; in a training loop that runs thousands of times this buffer set is reused instead.
/// Every `Ω_k` is read straight out of φ (row-major, in `Network.parameters` order) and every
/// product is one `dgemm` call, with transpose flags rather than transposed copies.
final class BackpropagationWorkspace {
    /// `[D_i, D_1, …, D_o]`.
    let sizes: [Int]
    let activation: Activation
    /// The largest batch the buffers hold.
    let capacity: Int
    /// Where `Ω_k` and `β_k` start inside φ.
    let weightOffsets: [Int]
    let biasOffsets: [Int]
    /// `h_0 … h_K`: `h[k]` has `sizes[k]` rows (h_0 is the gathered input batch).
    private let h: [UnsafeMutablePointer<Double>]
    /// `f_0 … f_K`: `f[k]` has `sizes[k + 1]` rows.
    private let f: [UnsafeMutablePointer<Double>]
    /// `∂L/∂f_k`, same shapes as `f`.
    private let delta: [UnsafeMutablePointer<Double>]
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
    }

    deinit {
        for buffer in h + f + delta { buffer.deallocate() }
    }

    private var depth: Int { sizes.count - 1 }

    /// Copies the columns `indices` of `x` into `h_0`, packed as a `D_i × n` matrix.
    func gather(_ x: Matrix, columns indices: ArraySlice<Int>) {
        precondition(x.rows == sizes[0] && indices.count <= capacity, "Batch does not fit the workspace")
        let (rows, cols, n, h0) = (x.rows, x.cols, indices.count, h[0])
        x.data.withUnsafeBufferPointer { src in
            indices.withUnsafeBufferPointer { idx in
                for i in 0..<rows {
                    for k in 0..<n { h0[i * n + k] = src[i * cols + idx[k]] }
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
            forward(phi, count: range.count, input: src.baseAddress! + range.lowerBound, stride: x.cols)
        }
    }

    /// Eq. 7.23 on `n` input columns starting at `input`, consecutive rows `stride` apart.
    private func forward(_ phi: [Double], count n: Int, input: UnsafePointer<Double>, stride: Int) -> Matrix {
        precondition(n <= capacity, "Batch does not fit the workspace")
        phi.withUnsafeBufferPointer { p in
            for k in 0..<depth {
                let (rows, inner) = (sizes[k + 1], sizes[k])
                let fk = f[k]
                // f_k ← β_k broadcast over the columns, then f_k ← Ω_k h_k + f_k.
                for i in 0..<rows {
                    let b = p[biasOffsets[k] + i]
                    for j in 0..<n { fk[i * n + j] = b }
                }
                let (hk, ldh) = k == 0 ? (input, stride) : (UnsafePointer(h[k]), n)
                cblas_dgemm(
                    CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(rows), Int32(n), Int32(inner),
                    1, p.baseAddress! + weightOffsets[k], Int32(inner), hk, Int32(ldh),
                    1, fk, Int32(n))
                if k < depth - 1 { activate(fk, into: h[k + 1], count: rows * n) }
            }
        }
        let rows = sizes[depth]
        return Matrix(rows: rows, cols: n, data: Array(UnsafeBufferPointer(start: f[depth - 1], count: rows * n)))
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
            for i in 0..<outputGradient.rows {
                (delta[depth - 1] + i * n).update(from: g.baseAddress! + i * cols + range.lowerBound, count: n)
            }
        }
        phi.withUnsafeBufferPointer { p in
            gradient.withUnsafeMutableBufferPointer { grad in
                for k in stride(from: depth - 1, through: 0, by: -1) {
                    let (rows, inner, dk) = (sizes[k + 1], sizes[k], delta[k])
                    // ∂L/∂β_k = Σ_i ∂ℓ_i/∂f_k: the row sums of δ_k.
                    let biases = grad.baseAddress! + biasOffsets[k]
                    for i in 0..<rows {
                        var s = 0.0
                        for j in 0..<n { s += dk[i &* n &+ j] }
                        biases[i] = s
                    }
                    // ∂L/∂Ω_k = δ_k h_kᵀ.
                    cblas_dgemm(
                        CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(inner), Int32(n),
                        1, dk, Int32(n), h[k], Int32(n),
                        0, grad.baseAddress! + weightOffsets[k], Int32(inner))
                    guard k > 0 else { continue }
                    // δ_{k−1} = a′[f_{k−1}] ⊙ Ω_kᵀ δ_k.
                    let previous = delta[k - 1]
                    cblas_dgemm(
                        CblasRowMajor, CblasTrans, CblasNoTrans, Int32(inner), Int32(n), Int32(rows),
                        1, p.baseAddress! + weightOffsets[k], Int32(inner), dk, Int32(n),
                        0, previous, Int32(n))
                    multiplyByDerivative(previous, at: f[k - 1], count: inner * n)
                }
            }
        }
    }

    /// `h = a[f]` element by element; ReLU gets a vectorised loop since it is the common case.
    private func activate(_ source: UnsafeMutablePointer<Double>, into target: UnsafeMutablePointer<Double>, count: Int)
    {
        switch activation {
        case .relu, .reluUnitSlopeAtZero:
            Self.forEachLane(count) { i in
                let z = UnsafeRawPointer(source + i).loadUnaligned(as: SIMD4<Double>.self)
                UnsafeMutableRawPointer(target + i).storeBytes(
                    of: z.replacing(with: 0, where: z .< 0),
                    as: SIMD4<Double>.self)
            } scalar: { i in
                target[i] = max(source[i], 0)
            }
        case .linear:
            target.update(from: source, count: count)
        default:
            for i in 0..<count { target[i] = activation.apply(source[i]) }
        }
    }

    /// `δ ← δ ⊙ a′[f]`; for ReLU `a′[f] = I[f > 0]` (eq. 7.24), applied as a branch-free mask
    /// because the sign of `f` is as good as random and a branch would be mispredicted half the time.
    private func multiplyByDerivative(
        _ delta: UnsafeMutablePointer<Double>, at f: UnsafeMutablePointer<Double>,
        count: Int
    ) {
        switch activation {
        case .relu:
            Self.forEachLane(count) { i in
                let z = UnsafeRawPointer(f + i).loadUnaligned(as: SIMD4<Double>.self)
                let d = UnsafeRawPointer(delta + i).loadUnaligned(as: SIMD4<Double>.self)
                UnsafeMutableRawPointer(delta + i).storeBytes(
                    of: d.replacing(with: 0, where: z .<= 0),
                    as: SIMD4<Double>.self)
            } scalar: { i in
                delta[i] = f[i] > 0 ? delta[i] : 0
            }
        case .linear:
            break
        default:
            for i in 0..<count { delta[i] *= activation.derivative(f[i]) }
        }
    }

    /// Runs `vector` on indices 0, 4, 8, … (four elements each) and `scalar` on the remainder.
    @inline(__always)
    private static func forEachLane(_ count: Int, vector: (Int) -> Void, scalar: (Int) -> Void) {
        let whole = count - count % 4
        for i in stride(from: 0, to: whole, by: 4) { vector(i) }
        for i in whole..<count { scalar(i) }
    }
}
