import Companion
import Neural
import Plot

extension Regularization {
    /// Figure 9.11: the Bayesian simplified model (five hidden units, notebook 9.4's data) under
    /// three prior variances. (a–c) Two draws from each posterior (cyan, gray); (d–f) the predictive
    /// mean (cyan) and two standard deviations around it (gray).
    @Sendable static func figure9_11() -> Figure {
        let data = RidgeFits.data
        var figure = Figure(columns: 3, rows: 2, panelWidth: 250, panelHeight: 210)
        var random = NumPyRandomState(seed: 4)
        for (index, variance) in BayesianFit.figurePriorVariances.enumerated() {
            let fit = BayesianFit(x: data.x, y: data.y, priorVariance: variance)
            var samples = regressionAxes()
            samples.title = "σ_φ^2 = " + Narrator.format(variance, digits: variance < 1 ? 1 : 0)
            drawTruthAndData(on: &samples, x: data.x, y: data.y)
            for color in [Color.bookCyan, .gray] {
                let phi = fit.sample(random: &random)
                samples.function({ fit.predict($0, phi: phi) }, over: 0...1, samples: 300, color: color, width: 2)
            }
            figure[index] = samples
            var predictive = regressionAxes()
            let grid = linspace(0, 1, 200)
            let moments = grid.map(fit.predictive)
            predictive.fillBetween(
                x: grid, lower: moments.map { $0.mean - 2 * $0.variance.squareRoot() },
                upper: moments.map { $0.mean + 2 * $0.variance.squareRoot() })
            drawTruthAndData(on: &predictive, x: data.x, y: data.y)
            predictive.line(x: grid, y: moments.map(\.mean), color: .bookCyan, width: 2)
            figure[3 + index] = predictive
        }
        return figure
    }
}
