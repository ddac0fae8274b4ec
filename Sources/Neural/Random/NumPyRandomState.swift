import Foundation

/// A random generator that reproduces NumPy's legacy `RandomState` (the one behind
/// `np.random.seed`, `np.random.rand`, `np.random.normal`, …) bit for bit.
///
/// It is MT19937 seeded with `init_genrand`, plus the legacy Gaussian generator: the polar
/// method, which makes deviates in pairs and keeps the second one for the next call. That
/// cached deviate survives every other kind of draw (uniforms, integers, permutations);
/// only ``seed(_:)`` discards it. Array-valued draws fill in row-major (C) order, so a
/// `rows × columns` matrix equals `count = rows · columns` draws cut into rows.
///
/// As a Swift `RandomNumberGenerator`, ``next()`` returns `(hi << 32) | lo` from two 32-bit
/// draws (hi first), which is NumPy's `next_uint64` for MT19937.
public struct NumPyRandomState: RandomNumberGenerator, Sendable, Codable, Equatable {
    private var twister: MersenneTwister
    private var cachedGaussian: Double?

    /// A generator in the state `np.random.seed(seed)` leaves behind.
    public init(seed: UInt32) {
        twister = MersenneTwister(seed: seed)
        cachedGaussian = nil
    }

    /// Reseeds like `np.random.seed(seed)`, discarding the cached normal deviate.
    public mutating func seed(_ seed: UInt32) {
        self = NumPyRandomState(seed: seed)
    }

    /// The next raw 32-bit output of MT19937.
    public mutating func nextUInt32() -> UInt32 {
        twister.next32()
    }

    /// Two 32-bit outputs joined as `(first << 32) | second`.
    public mutating func nextUInt64() -> UInt64 {
        let high = UInt64(twister.next32())
        return (high << 32) | UInt64(twister.next32())
    }

    /// Conformance to `RandomNumberGenerator`; same as ``nextUInt64()``.
    public mutating func next() -> UInt64 {
        nextUInt64()
    }

    // MARK: Uniform

    /// `np.random.random_sample()`: a double in [0, 1) from two 32-bit draws.
    public mutating func randomSample() -> Double {
        twister.nextDouble()
    }

    /// `np.random.rand()`: same as ``randomSample()``.
    public mutating func rand() -> Double {
        twister.nextDouble()
    }

    /// `np.random.rand(count)`.
    public mutating func rand(_ count: Int) -> [Double] {
        (0..<count).map { _ in twister.nextDouble() }
    }

    /// `np.random.rand(rows, columns)`, row by row.
    public mutating func rand(rows: Int, columns: Int) -> [[Double]] {
        (0..<rows).map { _ in rand(columns) }
    }

    /// `np.random.uniform(low, high)` = `low + (high − low) · random_sample()`.
    public mutating func uniform(low: Double = 0, high: Double = 1) -> Double {
        low + (high - low) * twister.nextDouble()
    }

    /// `np.random.uniform(low, high, size=count)`.
    public mutating func uniform(low: Double = 0, high: Double = 1, count: Int) -> [Double] {
        (0..<count).map { _ in uniform(low: low, high: high) }
    }

    /// `np.random.uniform(low, high, size=(rows, columns))`, row by row.
    public mutating func uniform(low: Double = 0, high: Double = 1, rows: Int, columns: Int) -> [[Double]] {
        (0..<rows).map { _ in uniform(low: low, high: high, count: columns) }
    }

    // MARK: Normal

    /// `np.random.standard_normal()` / `randn()`: the legacy polar method with a cached
    /// second deviate.
    public mutating func standardNormal() -> Double {
        if let cached = cachedGaussian {
            cachedGaussian = nil
            return cached
        }
        var x1: Double
        var x2: Double
        var r2: Double
        repeat {
            x1 = 2 * twister.nextDouble() - 1
            x2 = 2 * twister.nextDouble() - 1
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1 || r2 == 0
        let f = (-2 * log(r2) / r2).squareRoot()
        cachedGaussian = f * x1
        return f * x2
    }

    /// `np.random.randn(count)`.
    public mutating func randn(_ count: Int) -> [Double] {
        (0..<count).map { _ in standardNormal() }
    }

    /// `np.random.randn(rows, columns)`, row by row.
    public mutating func randn(rows: Int, columns: Int) -> [[Double]] {
        (0..<rows).map { _ in randn(columns) }
    }

    /// `np.random.normal(loc, scale)` = `loc + scale · standard_normal()`.
    public mutating func normal(loc: Double = 0, scale: Double = 1) -> Double {
        loc + scale * standardNormal()
    }

    /// `np.random.normal(loc, scale, size=count)`.
    public mutating func normal(loc: Double = 0, scale: Double = 1, count: Int) -> [Double] {
        (0..<count).map { _ in normal(loc: loc, scale: scale) }
    }

    /// `np.random.normal(loc, scale, size=(rows, columns))`, row by row.
    public mutating func normal(loc: Double = 0, scale: Double = 1, rows: Int, columns: Int) -> [[Double]] {
        (0..<rows).map { _ in normal(loc: loc, scale: scale, count: columns) }
    }
}
