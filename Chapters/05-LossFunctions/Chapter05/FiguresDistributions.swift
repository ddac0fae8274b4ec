import Companion
import Foundation
import Neural
import Plot

/// Figures that show a distribution on its own: 5.3, 5.6, 5.9, 5.12–5.15.
extension LossFunctions {
    /// Figure 5.15's rates.
    static let poissonRates = [1.4, 2.8, 6.0]

    static func figure5_3() -> Figure {
        var ax = Axes()
        let settings: [(mu: Double, sigma: Double, color: Color)] = [
            (0, 1, .bookCyan), (1.5, 0.5, .bookOrange), (-1.5, 1.5, .blue),
        ]
        for s in settings {
            ax.function(
                { Distributions.normal($0, mean: s.mu, sigma: s.sigma) }, over: -5...5, color: s.color, width: 2,
                label: Narrator.withMinusSigns("μ = \(s.mu), σ^2 = \(s.sigma * s.sigma)"))
        }
        ax.xLimits = -5...5
        ax.yLimits = 0...1
        ax.xLabel = "Variable, z"
        ax.yLabel = "Probability density, Pr(z)"
        ax.legend(position: .upperLeft)
        return Figure(ax, width: 380, height: 270)
    }

    static func figure5_6() -> Figure {
        var ax = Axes()
        let lambda = 0.7
        ax.bars(x: [0, 1], heights: [1 - lambda, lambda], width: 0.5, color: .bookCyan, edge: .black)
        ax.text("1 − λ", at: Point(0, 1 - lambda + 0.05), size: 11)
        ax.text("λ", at: Point(1, lambda + 0.05), size: 11)
        ax.xTicks = [0, 1]
        ax.xLimits = -0.6...1.6
        ax.yLimits = 0...1
        ax.xLabel = "Variable, z"
        ax.yLabel = "Probability, Pr(z)"
        ax.title = "Bernoulli, λ = \(lambda)"
        return Figure(ax, width: 280, height: 260)
    }

    static func figure5_9() -> Figure {
        var ax = Axes()
        let lambda = [0.15, 0.3, 0.1, 0.35, 0.1]
        ax.bars(x: [1, 2, 3, 4, 5], heights: lambda, width: 0.6, color: .bookCyan, edge: .black)
        for (k, p) in lambda.enumerated() { ax.text("λ_\(k + 1)", at: Point(Double(k + 1), p + 0.03), size: 10) }
        ax.xTicks = [1, 2, 3, 4, 5]
        ax.xLimits = 0.3...5.7
        ax.yLimits = 0...0.5
        ax.xLabel = "Category, z"
        ax.yLabel = "Probability, Pr(z)"
        return Figure(ax, width: 320, height: 260)
    }

    /// Ten samples (seed 3, normal with mean 1 and standard deviation 0.8) for figure 5.12.
    static let crossEntropySamples: [Double] = {
        var rng = NumPyRandomState(seed: 3)
        return rng.normal(loc: 1, scale: 0.8, count: 10)
    }()

    static func figure5_12() -> Figure {
        var fig = Figure(columns: 2, rows: 1, panelWidth: 300, panelHeight: 250)
        let samples = crossEntropySamples
        fig.panel(0) { ax in
            for y in samples { ax.arrow(from: Point(y, 0), to: Point(y, 1), color: .bookOrange, width: 1.5) }
            ax.xLimits = -2...4
            ax.yLimits = 0...1.2
            ax.yTicks = []
            ax.xLabel = "Output, y"
            ax.yLabel = "q(y)"
            ax.title = "Empirical distribution"
        }
        let mean = samples.reduce(0, +) / Double(samples.count)
        let sd = (samples.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(samples.count)).squareRoot()
        fig.panel(1) { ax in
            ax.function(
                { Distributions.normal($0, mean: mean, sigma: sd) }, over: -2...4, color: .bookCyan, width: 2,
                label: "Pr(y | μ, σ^2)")
            ax.scatter(x: samples, y: samples.map { _ in 0 }, color: .bookOrange, size: 5)
            ax.xLimits = -2...4
            ax.yLimits = 0...0.7
            ax.xLabel = "Output, y"
            ax.yLabel = "Pr(y | θ)"
            ax.title = "Model, μ = \(Narrator.format(mean, digits: 2)), σ = \(Narrator.format(sd, digits: 2))"
        }
        return fig
    }

    static func figure5_13() -> Figure {
        var ax = Axes()
        let settings: [(mu: Double, kappa: Double, color: Color)] = [
            (0, 1, .bookCyan), (-1.5, 8, .bookOrange), (2.8, 3, .blue),
        ]
        for s in settings {
            ax.function(
                { Distributions.vonMises($0, mean: s.mu, concentration: s.kappa) }, over: -.pi ... .pi, color: s.color,
                width: 2,
                label: Narrator.withMinusSigns("μ = \(s.mu), κ = \(Int(s.kappa))"))
        }
        ax.xLimits = -.pi ... .pi
        ax.xTicks = [-.pi, -.pi / 2, 0, .pi / 2, .pi]
        ax.xTickLabels = ["−π", "−π/2", "0", "π/2", "π"]
        ax.yLimits = 0...1.3
        ax.xLabel = "Direction, z"
        ax.yLabel = "Pr(z)"
        ax.legend(position: .upperRight)
        return Figure(ax, width: 380, height: 270)
    }

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

    static func figure5_14() -> Figure {
        var fig = Figure(columns: 3, rows: 1, panelWidth: 260, panelHeight: 240)
        fig.panel(0) { ax in
            ax.scatter(x: multimodalData.x, y: multimodalData.y, color: .bookOrange, size: 5)
            ax.xLimits = -3...3
            ax.yLimits = -5...6
            ax.xLabel = "Input, x"
            ax.yLabel = "Output, y"
        }
        let mixtures: [[Double]] = [[0.4, -2, 0.5, 3, 1], [0.6, 0, 1, 1.2, 0.3]]
        for (k, theta) in mixtures.enumerated() {
            fig.panel(k + 1) { ax in
                ax.function(
                    { Distributions.mixture($0, theta: theta) }, over: -5...6, color: .bookCyan, width: 2.5,
                    label: "mixture")
                ax.function(
                    { theta[0] * Distributions.normal($0, mean: theta[1], sigma: theta[2].squareRoot()) }, over: -5...6,
                    color: .blue, width: 1.5, dash: [5, 3], label: "λ N(μ_1, σ_1^2)")
                ax.function(
                    { (1 - theta[0]) * Distributions.normal($0, mean: theta[3], sigma: theta[4].squareRoot()) },
                    over: -5...6,
                    color: .bookOrange, width: 1.5, dash: [5, 3], label: "(1−λ) N(μ_2, σ_2^2)")
                ax.xLimits = -5...6
                ax.yLimits = 0...0.7
                ax.xLabel = "Output, y"
                ax.yLabel = "Pr(y)"
                ax.legend(position: .upperLeft)
            }
        }
        return fig
    }

    static func figure5_15() -> Figure {
        var fig = Figure(columns: 3, rows: 1, panelWidth: 250, panelHeight: 230)
        let ks = Array(0...14)
        for (k, rate) in poissonRates.enumerated() {
            fig.panel(k) { ax in
                ax.bars(
                    x: ks.map(Double.init), heights: ks.map { Distributions.poisson($0, rate: rate) }, width: 0.7,
                    color: .bookCyan, edge: .black)
                ax.xLimits = -0.7...14.7
                ax.yLimits = 0...0.4
                ax.xLabel = "Count, z"
                ax.yLabel = "Pr(z)"
                ax.title = "λ = \(rate)"
            }
        }
        return fig
    }
}
