/// The 32-bit Mersenne Twister MT19937 (Matsumoto & Nishimura, 1998).
///
/// This is the bit source shared by NumPy's legacy `RandomState` and Python's `random`
/// module. The two libraries differ only in how they seed it: NumPy uses the single-word
/// `init_genrand`, Python the array form `init_by_array`.
public struct MersenneTwister: Sendable, Codable, Equatable {
    static let stateSize = 624
    static let shift = 397
    static let matrixA: UInt32 = 0x9908_b0df
    static let upperMask: UInt32 = 0x8000_0000
    static let lowerMask: UInt32 = 0x7fff_ffff

    private var state: [UInt32]
    private var index: Int

    /// Seeds with one 32-bit word (`init_genrand`), as NumPy's `RandomState.seed(s)` does.
    public init(seed: UInt32) {
        state = [UInt32](repeating: 0, count: Self.stateSize)
        state[0] = seed
        for i in 1..<Self.stateSize {
            let previous = state[i - 1]
            state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        index = Self.stateSize
    }

    /// Seeds with a key of 32-bit words (`init_by_array`), as CPython's `random.seed(n)` does
    /// with the words of `abs(n)`, least significant first.
    public init(key: [UInt32]) {
        precondition(!key.isEmpty, "init_by_array needs at least one word")
        self.init(seed: 19_650_218)
        let n = Self.stateSize
        var i = 1
        var j = 0
        for _ in 0..<max(n, key.count) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
        }
        state[0] = 0x8000_0000
    }

    /// The next tempered 32-bit output.
    public mutating func next32() -> UInt32 {
        if index >= Self.stateSize { twist() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// A double in [0, 1) with 53 random bits made from two outputs, the first giving the
    /// high 27 bits: `(a >> 5 · 2²⁶ + b >> 6) / 2⁵³`. NumPy's `random_sample` and Python's
    /// `random()` both use this formula.
    public mutating func nextDouble() -> Double {
        let a = Double(next32() >> 5)
        let b = Double(next32() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    private mutating func twist() {
        let n = Self.stateSize
        let m = Self.shift
        state.withUnsafeMutableBufferPointer { mt in
            for k in 0..<n {
                let y = (mt[k] & Self.upperMask) | (mt[(k + 1) % n] & Self.lowerMask)
                let mag: UInt32 = (y & 1) == 0 ? 0 : Self.matrixA
                mt[k] = mt[(k + m) % n] ^ (y >> 1) ^ mag
            }
        }
        index = 0
    }
}
