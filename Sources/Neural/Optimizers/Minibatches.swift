/// Splits an ordering of the example indices (typically a random permutation supplied by
/// the caller's generator) into consecutive minibatches of `size`; the last may be shorter.
/// One pass over the result is one epoch (section 6.2).
public func minibatches(_ order: [Int], size: Int) -> [[Int]] {
    precondition(size > 0, "Batch size must be positive")
    return stride(from: 0, to: order.count, by: size).map {
        Array(order[$0..<min($0 + size, order.count)])
    }
}
