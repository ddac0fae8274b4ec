import Neural

/// Noise on the inputs (section 9.3.4, figure 9.10): SGD that adds noise of variance σ_x² to the
/// inputs of every batch minimises, in expectation, the loss averaged over that noise. For the
/// simplified model that expected loss is a least-squares problem, so the point SGD settles at is
/// computed here directly: the fit, in closed form, to the fifteen points each repeated with
/// `draws` noise samples (seed 7).
enum InputNoise {
    static let hiddenUnits = 14
    static let draws = 500
    /// Figure 9.10's three noise levels σ_x.
    static let figureDeviations = [0.01, 0.05, 0.15]

    /// The inputs with `count` noise samples each, in order: point 0's samples, then point 1's, …
    static func noisyInputs(_ x: [Double], deviation: Double, count: Int, seed: UInt32 = 7) -> [Double] {
        var random = NumPyRandomState(seed: seed)
        return x.flatMap { xi in (0..<count).map { _ in xi + deviation * random.standardNormal() } }
    }

    /// The minimiser of the expected loss under input noise of standard deviation `deviation`.
    static func fit(deviation: Double) -> SimplifiedModel {
        let data = RidgeFits.data
        let x = noisyInputs(data.x, deviation: deviation, count: draws)
        let y = data.y.flatMap { Array(repeating: $0, count: draws) }
        return SimplifiedModel.fit(x: x, y: y, hiddenUnits: hiddenUnits)
    }

    /// The summed size of the slope changes of a model on [0, 1]: Σ|Δf′| over a fine grid.
    static func roughness(_ model: SimplifiedModel) -> Double {
        let grid = linspace(0, 1, 401)
        let values = grid.map { model($0) }
        let slopes = zip(values.dropFirst(), values).map { $0 - $1 }
        return zip(slopes.dropFirst(), slopes).reduce(0) { $0 + abs($1.0 - $1.1) } * 400
    }
}
