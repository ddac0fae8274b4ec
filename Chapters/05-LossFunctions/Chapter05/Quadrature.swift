/// Numerical helpers the checks and demos use to test densities from outside their formulas.
enum Numerics {
    /// ∫_a^b f(y) dy by Simpson's rule with `steps` (made even) intervals.
    static func integrate(_ f: (Double) -> Double, from a: Double, to b: Double, steps: Int = 2000) -> Double {
        let n = steps + steps % 2
        let h = (b - a) / Double(n)
        var total = f(a) + f(b)
        for k in 1..<n { total += Double(k % 2 == 0 ? 2 : 4) * f(a + Double(k) * h) }
        return total * h / 3
    }
}
