import Neural

/// Problem 9.3 numerically: for linear regression f = φ0 + φ1·x with the summed least-squares loss,
/// noise ε ~ Norm[0, σ_x²] on each input changes the expected gradient only by 2·I·σ_x²·φ1 on the
/// slope — the gradient of the penalty I·σ_x²·φ1², L2 on the slope alone.
enum InputNoiseGradient {
    static let x = [0.1, 0.4, 0.5, 0.9, 1.3, 1.7]
    static let y = [0.5, 1.1, 1.0, 1.9, 2.4, 3.5]
    static let phi = [0.2, 1.5]

    /// The gradient with the inputs `x + noise`.
    static func gradient(noise: [Double]) -> [Double] {
        var g = [0.0, 0.0]
        for i in x.indices {
            let input = x[i] + noise[i]
            let residual = phi[0] + phi[1] * input - y[i]
            g[0] += 2 * residual
            g[1] += 2 * residual * input
        }
        return g
    }

    /// The average gradient over `draws` noise samples of standard deviation `deviation`.
    static func averaged(deviation: Double, draws: Int, random: inout NumPyRandomState) -> [Double] {
        var sum = [0.0, 0.0]
        for _ in 0..<draws {
            let g = gradient(noise: x.map { _ in deviation * random.standardNormal() })
            sum = [sum[0] + g[0], sum[1] + g[1]]
        }
        return sum.map { $0 / Double(draws) }
    }

    /// The closed form: the noise-free gradient plus [0, 2·I·σ_x²·φ1].
    static func expected(deviation: Double) -> [Double] {
        let clean = gradient(noise: x.map { _ in 0 })
        return [clean[0], clean[1] + 2 * Double(x.count) * deviation * deviation * phi[1]]
    }
}
