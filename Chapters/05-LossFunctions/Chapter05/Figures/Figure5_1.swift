import Companion
import Foundation
import Neural
import Plot

extension LossFunctions {
    /// Draws figure 5.1 (its caption is in `Figures.swift`).
    static func figure5_1() -> Figure {
        var fig = Figure(columns: 2, rows: 2, panelWidth: 300, panelHeight: 240)
        var rng = NumPyRandomState(seed: 1)
        let x = rng.uniform(low: 0, high: 10, count: 30)
        let slices = [2.0, 7.0]
        // a) Regression: normal around a smooth mean.
        let mean = { (x: Double) in 1 + 0.3 * x + 0.8 * sin(x) }
        let noise = rng.normal(loc: 0, scale: 0.5, count: 30)
        fig.panel(0) { ax in
            ax.function(mean, over: 0...10, color: .bookCyan.mixed(with: .black, 0.3), width: 1.5)
            ax.scatter(x: x, y: zip(x, noise).map { mean($0) + $1 }, size: 5)
            for s in slices {
                Draw.sidewaysDensity(&ax, at: s, over: mean(s) - 2...mean(s) + 2, scale: 1.2) {
                    Distributions.normal($0, mean: mean(s), sigma: 0.5)
                }
            }
            ax.xLimits = 0...10; ax.yLimits = -1...6
            ax.xLabel = "Input, x"; ax.yLabel = "Output, y ∈ ℝ"
        }
        // b) Four classes whose probabilities change with x.
        let centres = [1.5, 4.0, 6.5, 9.0]
        let classProbabilities = { (x: Double) in softmax(centres.map { -($0 - x) * ($0 - x) / 4 }) }
        let labels = x.map { value -> Double in
            let p = classProbabilities(value)
            let u = rng.uniform()
            var total = 0.0
            for k in p.indices { total += p[k]; if u < total { return Double(k + 1) } }
            return 4
        }
        fig.panel(1) { ax in
            ax.scatter(x: x, y: labels, size: 5)
            for s in slices {
                Draw.sidewaysBars(
                    &ax, at: s, heights: [1, 2, 3, 4], probabilities: classProbabilities(s), thickness: 0.35, scale: 2.2
                )
            }
            ax.xLimits = 0...10; ax.yLimits = 0.4...4.6
            ax.yTicks = [1, 2, 3, 4]
            ax.xLabel = "Input, x"; ax.yLabel = "Class, y ∈ \\{1, 2, 3, 4\\}"
        }
        // c) Counts with a rate that grows with x.
        let rate = { (x: Double) in exp(0.1 + 0.22 * x) }
        let counts = x.map { value -> Double in
            let u = rng.uniform()
            var k = 0
            var total = Distributions.poisson(0, rate: rate(value))
            while u > total && k < 40 { k += 1; total += Distributions.poisson(k, rate: rate(value)) }
            return Double(k)
        }
        fig.panel(2) { ax in
            ax.scatter(x: x, y: counts, size: 5)
            for s in slices {
                let ks = Array(0...14)
                Draw.sidewaysBars(
                    &ax, at: s, heights: ks.map(Double.init),
                    probabilities: ks.map { Distributions.poisson($0, rate: rate(s)) },
                    thickness: 0.6, scale: 5)
            }
            ax.xLimits = 0...10; ax.yLimits = -0.5...15
            ax.xLabel = "Input, x"; ax.yLabel = "Count, y ∈ \\{0, 1, 2, …\\}"
        }
        // d) Directions whose mean turns with x.
        let direction = { (x: Double) in wrap(-2.5 + 0.6 * x) }
        let angles = rng.normal(loc: 0, scale: 0.35, count: 30)
        fig.panel(3) { ax in
            ax.scatter(x: x, y: zip(x, angles).map { wrap(direction($0) + $1) }, size: 5)
            for s in slices {
                Draw.sidewaysDensity(&ax, at: s, over: -.pi ... .pi, scale: 1.2) {
                    Distributions.vonMises($0, mean: direction(s), concentration: 8)
                }
            }
            ax.xLimits = 0...10; ax.yLimits = -.pi ... .pi
            ax.yTicks = [-.pi, 0, .pi]; ax.yTickLabels = ["−π", "0", "π"]
            ax.xLabel = "Input, x"; ax.yLabel = "Direction, y ∈ (−π, π]"
        }
        return fig
    }
}
