/// Vectors (biases β_k, flat parameter vectors φ, gradients) are plain `[Double]`.
extension Array where Element == Double {
    /// In place `self ← self + scale · other` (BLAS "axpy"), the core of every parameter update.
    public mutating func add(_ other: [Double], scaledBy scale: Double) {
        precondition(count == other.count, "Vectors have different lengths")
        withUnsafeMutableBufferPointer { x in
            other.withUnsafeBufferPointer { y in
                for i in x.indices { x[i] += scale * y[i] }
            }
        }
    }
}
