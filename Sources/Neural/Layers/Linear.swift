import COpenBLAS

/// A fully connected layer `y = β + Ω x` (eq. 4.15's affine stage, PyTorch's `nn.Linear`), on a
/// vector input of any shape's total size. Parameters: `Ω` (`outputs × inputs`, row by row),
/// then `β`.
public struct Linear: ModelLayer {
    /// The number of outputs `D_{k+1}`.
    public var outputs: Int
    public var initialization: WeightInitialization

    public init(_ outputs: Int, initialization: WeightInitialization = .normal(.he)) {
        precondition(outputs > 0, "A linear layer needs at least one output")
        self.outputs = outputs
        self.initialization = initialization
    }

    public var description: String { "Linear(\(outputs))" }

    public func outputShape(for input: Shape) -> Shape { .vector(outputs) }
    public func parameterCount(for input: Shape) -> Int { (input.count + 1) * outputs }
    public func weightRanges(for input: Shape) -> [Range<Int>] { [0..<(input.count * outputs)] }

    public func initialParameters(for input: Shape, random: inout NumPyRandomState) -> [Double] {
        initialization.draw(
            weights: input.count * outputs, biases: outputs, fanIn: input.count, fanOut: outputs, random: &random)
    }

    public func forward(
        _ x: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>,
        state: UnsafeMutableBufferPointer<Double>, mode: LayerMode, random: inout NumPyRandomState,
        cache: LayerCache
    ) -> Matrix {
        if mode == .training { cache.input = x }
        let (n, inner) = (x.cols, input.count)
        var y = Matrix(rows: outputs, cols: n)
        y.data.withUnsafeMutableBufferPointer { out in
            for i in 0..<outputs {
                for j in 0..<n { out[i * n + j] = parameters[outputs * inner + i] }
            }
            x.data.withUnsafeBufferPointer { h in
                cblas_dgemm(
                    CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(outputs), Int32(n), Int32(inner),
                    1, parameters.baseAddress, Int32(inner), h.baseAddress, Int32(n), 1, out.baseAddress, Int32(n))
            }
        }
        return y
    }

    /// ∂L/∂Ω = δ xᵀ, ∂L/∂β = Σ_i δ_i, ∂L/∂x = Ωᵀ δ (eq. 7.25).
    public func backward(
        _ outputGradient: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>, cache: LayerCache,
        gradient: UnsafeMutableBufferPointer<Double>
    ) -> Matrix {
        let (n, inner) = (outputGradient.cols, input.count)
        var dx = Matrix(rows: inner, cols: n)
        outputGradient.data.withUnsafeBufferPointer { d in
            cache.input.data.withUnsafeBufferPointer { h in
                cblas_dgemm(
                    CblasRowMajor, CblasNoTrans, CblasTrans, Int32(outputs), Int32(inner), Int32(n),
                    1, d.baseAddress, Int32(n), h.baseAddress, Int32(n), 0, gradient.baseAddress, Int32(inner))
            }
            for i in 0..<outputs {
                var s = 0.0
                for j in 0..<n { s += d[i * n + j] }
                gradient[outputs * inner + i] = s
            }
            dx.data.withUnsafeMutableBufferPointer { out in
                cblas_dgemm(
                    CblasRowMajor, CblasTrans, CblasNoTrans, Int32(inner), Int32(n), Int32(outputs),
                    1, parameters.baseAddress, Int32(inner), d.baseAddress, Int32(n), 0, out.baseAddress, Int32(n))
            }
        }
        return dx
    }
}
