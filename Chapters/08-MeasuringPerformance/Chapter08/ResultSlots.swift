import Foundation

/// One slot per job for results that threads fill in any order, read once every job is done.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    /// The values in slot order; every slot must be filled.
    var values: [Value] { lock.withLock { slots.map { $0! } } }
}
