import Companion
import Foundation
import Neural
import Plot

/// Figures that show a distribution on its own: 5.3, 5.6, 5.9, 5.12–5.15.
extension LossFunctions {
    /// Figure 5.15's rates.
    static let poissonRates = [1.4, 2.8, 6.0]

    /// Ten samples (seed 3, normal with mean 1 and standard deviation 0.8) for figure 5.12.
    static let crossEntropySamples: [Double] = {
        var rng = NumPyRandomState(seed: 3)
        return rng.normal(loc: 1, scale: 0.8, count: 10)
    }()

    /// Figure 5.14a: the two paths the outputs follow, −2 + 0.6x and 3 + 0.6x.
    static func branchMeans(_ x: Double) -> [Double] { [-2 + 0.6 * x, 3 + 0.6 * x] }

    /// 80 points (seed 4): inputs uniform on [−3, 3]; left of −1.5 only the lower path, right
    /// of 1.5 only the upper one, in between either with probability ½; noise σ = 0.3.
    static let multimodalData: (x: [Double], y: [Double]) = {
        var rng = NumPyRandomState(seed: 4)
        let x = rng.uniform(low: -3, high: 3, count: 80)
        let pick = rng.uniform(low: 0, high: 1, count: 80)
        let noise = rng.normal(loc: 0, scale: 0.3, count: 80)
        let y = x.indices.map { i in
            let upper = x[i] > 1.5 || (x[i] > -1.5 && pick[i] < 0.5)
            return branchMeans(x[i])[upper ? 1 : 0] + noise[i]
        }
        return (x, y)
    }()

}
