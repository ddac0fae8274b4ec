import Neural

/// Noise, bias and variance of the simplified model (section 8.2, eq. 8.7; notebook 8.2), measured
/// over many training sets drawn from `ToyRegression`.
struct BiasVariance {
    /// Where the fitted models are compared: 100 points evenly over [0, 1] (the notebook's `x_model`).
    static let grid = linspace(0, 1, 100)
    /// σ of the data's noise (figure 8.3; the notebook's 0.3).
    static let sigma = 0.3

    /// The mean prediction and its population standard deviation at every grid point.
    let mean: [Double]
    let deviation: [Double]

    /// Fits a model with `hiddenUnits` units to each of `datasets` training sets of `points` pairs,
    /// drawn one after the other from `random`, and summarises the predictions on the grid.
    init(points: Int, datasets: Int, hiddenUnits: Int, random: inout NumPyRandomState) {
        var predictions = [[Double]]()
        for _ in 0..<datasets {
            let data = ToyRegression.sample(count: points, sigma: Self.sigma, random: &random)
            let model = SimplifiedModel.fit(x: data.x, y: data.y, hiddenUnits: hiddenUnits)
            predictions.append(Self.grid.map { model($0) })
        }
        let n = Double(datasets)
        let mean = Self.grid.indices.map { i in predictions.reduce(0) { $0 + $1[i] } / n }
        self.mean = mean
        deviation = Self.grid.indices.map { i in
            (predictions.reduce(0) { $0 + ($1[i] - mean[i]) * ($1[i] - mean[i]) } / n).squareRoot()
        }
    }

    /// The variance term of eq. 8.7, averaged over the inputs: the mean of the predictions' variance.
    var variance: Double { deviation.reduce(0) { $0 + $1 * $1 } / Double(deviation.count) }

    /// The bias term of eq. 8.7, averaged over the inputs: the mean squared gap between the average
    /// model and the true function.
    var bias: Double {
        zip(mean, Self.grid).reduce(0) {
            $0 + ($1.0 - ToyRegression.trueFunction($1.1)) * ($1.0 - ToyRegression.trueFunction($1.1))
        }
            / Double(mean.count)
    }

    /// Figure 8.9 with notebook 8.2's settings: capacities 1 to 12, 100 training sets of 15 points
    /// each, the generator seeded with 1 once before the sweep. Computed once, for the demo, the
    /// figure and the tests.
    static let capacitySweep: [(capacity: Int, bias: Double, variance: Double)] = {
        var random = NumPyRandomState(seed: 1)
        return (1...12).map { d in
            let result = BiasVariance(points: 15, datasets: 100, hiddenUnits: d, random: &random)
            return (d, result.bias, result.variance)
        }
    }()
}
