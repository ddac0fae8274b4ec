import Foundation

/// The regression data of figures 8.3–8.9 and chapter 9's toy figures, as notebook 8.2 makes
/// them: a quasi-sinusoidal true function on [0, 1] and noisy samples of it.
public enum ToyRegression {
    /// The true function `exp(sin(2πx))`, written with the notebooks' π ≈ 3.1413 so every number
    /// matches theirs.
    public static func trueFunction(_ x: Double) -> Double { exp(sin(x * 2 * 3.1413)) }

    /// `count` pairs as `generate_data` draws them: [0, 1] is cut into `count` equal segments and
    /// one input is drawn uniformly in each, all inputs first; then each output is the true value
    /// plus normal noise of standard deviation `sigma` (figure 8.3's caption).
    public static func sample(count: Int, sigma: Double = 0.3, random: inout NumPyRandomState) -> (
        x: [Double], y: [Double]
    ) {
        let n = Double(count)
        let x = (0..<count).map { random.uniform(low: Double($0) / n, high: Double($0 + 1) / n) }
        let y = x.map { trueFunction($0) + random.normal(loc: 0, scale: sigma) }
        return (x, y)
    }
}
