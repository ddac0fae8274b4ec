import Foundation

/// A random generator that reproduces CPython's `random` module (`random.Random`) bit for bit.
///
/// CPython seeds MT19937 from a non-negative integer with `init_by_array`, using the 32-bit
/// words of the integer, least significant first (`[0]` for zero). `random()` uses the same
/// 53-bit formula as NumPy; integer draws go through `getrandbits(k)` with rejection
/// (`_randbelow_with_getrandbits`), so they differ from NumPy's masked integers.
public struct PythonRandom: Sendable {
    private var twister: MersenneTwister

    /// A generator in the state `random.seed(seed)` leaves behind (for an `int` seed;
    /// negative seeds use their absolute value, as CPython does).
    public init(seed: Int) {
        var magnitude = seed.magnitude
        var key: [UInt32] = []
        repeat {
            key.append(UInt32(truncatingIfNeeded: magnitude))
            magnitude >>= 32
        } while magnitude != 0
        twister = MersenneTwister(key: key)
    }

    /// Reseeds like `random.seed(seed)`.
    public mutating func seed(_ seed: Int) {
        self = PythonRandom(seed: seed)
    }

    /// `random.random()`: a double in [0, 1).
    public mutating func random() -> Double {
        twister.nextDouble()
    }

    /// `random.uniform(a, b)` = `a + (b − a) · random()`.
    public mutating func uniform(_ a: Double, _ b: Double) -> Double {
        a + (b - a) * twister.nextDouble()
    }

    /// `random.getrandbits(k)` for `0 ≤ k ≤ 64`: up to 32 bits come from the top of one
    /// output; wider values are filled 32 bits at a time from the least significant word,
    /// the last word keeping its top bits.
    public mutating func getrandbits(_ k: Int) -> UInt64 {
        precondition((0...64).contains(k), "getrandbits supports 0...64 bits here")
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(twister.next32() >> UInt32(32 - k)) }
        let low = UInt64(twister.next32())
        let high = UInt64(twister.next32() >> UInt32(64 - k))
        return (high << 32) | low
    }

    /// CPython's `_randbelow(n)`: `getrandbits(n.bit_length())` until the value is below `n`.
    public mutating func randbelow(_ n: Int) -> Int {
        precondition(n > 0, "randbelow needs n > 0")
        let bits = Int.bitWidth - n.leadingZeroBitCount
        var value: UInt64
        repeat { value = getrandbits(bits) } while value >= UInt64(n)
        return Int(value)
    }

    /// `random.randrange(start, stop)` with step 1: `start + _randbelow(stop − start)`.
    public mutating func randrange(_ start: Int, _ stop: Int) -> Int {
        precondition(start < stop, "empty range for randrange")
        return start + randbelow(stop - start)
    }

    /// `random.randrange(stop)`.
    public mutating func randrange(_ stop: Int) -> Int {
        randrange(0, stop)
    }

    /// `random.randint(a, b)`: an integer in `a...b`.
    public mutating func randint(_ a: Int, _ b: Int) -> Int {
        randrange(a, b + 1)
    }

    /// `random.choice(seq)`.
    public mutating func choice<Element>(_ values: [Element]) -> Element {
        precondition(!values.isEmpty, "cannot choose from an empty sequence")
        return values[randbelow(values.count)]
    }

    /// `random.shuffle(x)`: for `i` from the last index down to 1, swap `x[i]` with
    /// `x[_randbelow(i + 1)]`.
    public mutating func shuffle<Element>(_ values: inout [Element]) {
        guard values.count > 1 else { return }
        for i in stride(from: values.count - 1, to: 0, by: -1) {
            values.swapAt(i, randbelow(i + 1))
        }
    }

    /// `random.sample(population, k)`: CPython's two strategies, a shrinking pool when the
    /// population is small relative to `k`, otherwise rejection of repeated indices.
    public mutating func sample<Element>(_ population: [Element], _ k: Int) -> [Element] {
        let n = population.count
        precondition((0...n).contains(k), "sample larger than population or negative")
        var setSize = 21
        if k > 5 {
            let exponent = Int((log(Double(k * 3)) / log(4.0)).rounded(.up))
            setSize += 1 << (2 * exponent)
        }
        var result: [Element] = []
        result.reserveCapacity(k)
        if n <= setSize {
            var pool = population
            for i in 0..<k {
                let j = randbelow(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<k {
                var j = randbelow(n)
                while selected.contains(j) { j = randbelow(n) }
                selected.insert(j)
                result.append(population[j])
            }
        }
        return result
    }
}
