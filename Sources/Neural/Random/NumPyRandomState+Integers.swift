/// Integer draws of NumPy's legacy `RandomState`: bounded integers by masked rejection,
/// `randint`, `choice`, `permutation` and `shuffle`.
extension NumPyRandomState {
    /// A uniform integer in `0...range` by masked rejection, as NumPy's `random_interval`
    /// and its masked bounded-integer generator: mask the draw to the smallest `2^k − 1`
    /// covering `range` and retry while it exceeds `range`. Ranges that fit in 32 bits use
    /// one 32-bit draw per attempt, larger ones ``nextUInt64()``.
    public mutating func boundedInteger(upTo range: UInt64) -> UInt64 {
        if range == 0 { return 0 }
        var mask = range
        for shift in [1, 2, 4, 8, 16, 32] as [UInt64] { mask |= mask >> shift }
        if range <= UInt64(UInt32.max) {
            if range == UInt64(UInt32.max) { return UInt64(nextUInt32()) }
            var value: UInt64
            repeat { value = UInt64(nextUInt32()) & mask } while value > range
            return value
        }
        if range == UInt64.max { return nextUInt64() }
        var value: UInt64
        repeat { value = nextUInt64() & mask } while value > range
        return value
    }

    /// `np.random.randint(low, high)`: an integer in `low..<high`.
    public mutating func randint(_ low: Int, _ high: Int) -> Int {
        precondition(low < high, "randint needs low < high")
        let range = UInt64(bitPattern: Int64(high) &- Int64(low) &- 1)
        return Int(truncatingIfNeeded: UInt64(bitPattern: Int64(low)) &+ boundedInteger(upTo: range))
    }

    /// `np.random.randint(low, high, size=count)`.
    public mutating func randint(_ low: Int, _ high: Int, count: Int) -> [Int] {
        (0..<count).map { _ in randint(low, high) }
    }

    /// `np.random.choice(n)`: an index in `0..<n`, drawn like `randint(0, n)`.
    public mutating func choice(_ n: Int) -> Int {
        randint(0, n)
    }

    /// `np.random.choice(n, size, replace)`: with replacement it is `randint(0, n, size)`,
    /// without it the first `size` entries of `permutation(n)`.
    public mutating func choice(_ n: Int, size: Int, replace: Bool = true) -> [Int] {
        if replace { return randint(0, n, count: size) }
        precondition(size <= n, "cannot take a larger sample than the population without replacement")
        return Array(permutation(n).prefix(size))
    }

    /// `np.random.permutation(n)`: `0..<n` shuffled by ``shuffle(_:)``.
    public mutating func permutation(_ n: Int) -> [Int] {
        var values = Array(0..<n)
        shuffle(&values)
        return values
    }

    /// `np.random.shuffle(x)` for a 1-D array: Fisher–Yates from the last element down,
    /// swapping `x[i]` with `x[j]`, `j = random_interval(i)`.
    public mutating func shuffle<Element>(_ values: inout [Element]) {
        guard values.count > 1 else { return }
        for i in stride(from: values.count - 1, to: 0, by: -1) {
            let j = Int(boundedInteger(upTo: UInt64(i)))
            values.swapAt(i, j)
        }
    }
}
