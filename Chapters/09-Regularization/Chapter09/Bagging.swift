import Neural

/// Bagging (section 9.3.2, figure 9.7, notebook 9.3): the 14-unit simplified model fitted with a
/// tiny ridge (λ = 10⁻⁵) to notebook 8.2's fifteen points and to four bootstrap resamples of them,
/// combined by their mean and their median.
struct Bagging {
    /// Notebook 9.3's ridge strength, which keeps the 15 × 15 system solvable.
    static let lambda = 1e-5
    static let members = 4

    /// The fit to all fifteen points.
    let full: SimplifiedModel
    /// The indices each member was fitted to (drawn with replacement).
    let resamples: [[Int]]
    let models: [SimplifiedModel]

    /// Notebook 9.3's run: the data from seed 1, then the four resamples continue the same stream
    /// (`np.random.choice(15, 15)`, the same draws as `randint(0, 15, 15)`).
    static let notebook: Bagging = {
        var random = NumPyRandomState(seed: 1)
        let data = ToyRegression.sample(count: 15, sigma: 0.3, random: &random)
        return Bagging(x: data.x, y: data.y, random: &random)
    }()

    init(x: [Double], y: [Double], random: inout NumPyRandomState) {
        full = RidgeFits.fit(x: x, y: y, lambda: Self.lambda)
        resamples = (0..<Self.members).map { _ in random.choice(x.count, size: x.count, replace: true) }
        models = resamples.map { picks in
            RidgeFits.fit(x: picks.map { x[$0] }, y: picks.map { y[$0] }, lambda: Self.lambda)
        }
    }

    /// The mean of the members' predictions at x.
    func mean(_ x: Double) -> Double { models.reduce(0) { $0 + $1(x) } / Double(models.count) }

    /// The median of the members' predictions at x (the mean of the middle two for an even count).
    func median(_ x: Double) -> Double {
        let sorted = models.map { $0(x) }.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
