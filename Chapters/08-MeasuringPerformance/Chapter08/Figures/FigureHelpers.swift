import Neural
import Plot

extension MeasuringPerformance {
    /// The best the model with `hiddenUnits` units can do: its least-squares fit to the noise-free
    /// true function on a fine grid (the bias panels of figures 8.5 and 8.7).
    static func bestFit(hiddenUnits: Int) -> SimplifiedModel {
        let x = linspace(0, 1, 1000)
        return SimplifiedModel.fit(x: x, y: x.map(ToyRegression.trueFunction), hiddenUnits: hiddenUnits)
    }

    /// A bias panel: the true function, the model's best fit, and the gap between them shaded gray.
    static func biasPanel(hiddenUnits: Int) -> Axes {
        let model = bestFit(hiddenUnits: hiddenUnits)
        let x = BiasVariance.grid
        let (f, g) = (x.map { model($0) }, x.map(ToyRegression.trueFunction))
        var axes = regressionAxes()
        axes.fillBetween(x: x, lower: zip(f, g).map { min($0, $1) }, upper: zip(f, g).map { max($0, $1) })
        drawTruth(on: &axes)
        axes.line(x: x, y: f, color: .bookCyan, width: 2)
        return axes
    }

    /// A variance panel: the mean fit over `datasets` training sets of `points` pairs, with two
    /// standard deviations of the fits shaded gray.
    static func variancePanel(points: Int, datasets: Int, hiddenUnits: Int, random: inout NumPyRandomState) -> Axes {
        let spread = BiasVariance(points: points, datasets: datasets, hiddenUnits: hiddenUnits, random: &random)
        var axes = regressionAxes()
        axes.fillBetween(
            x: BiasVariance.grid, lower: zip(spread.mean, spread.deviation).map { $0 - 2 * $1 },
            upper: zip(spread.mean, spread.deviation).map { $0 + 2 * $1 })
        drawTruth(on: &axes)
        axes.line(x: BiasVariance.grid, y: spread.mean, color: .bookCyan, width: 2)
        return axes
    }
}
