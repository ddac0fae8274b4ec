import Neural

/// Figure 9.9's mechanism: why dropout removes a kink that full-batch descent leaves alone. The
/// simplified model with 14 hidden units (joints at k/14) is fitted to twelve points on a gentle
/// curve with no data between x = 0.42 and 0.72. Adding a·(h7 − 2·h8 + h9) — a bump between the
/// joints 7/14 and 9/14 — changes nothing at any data point (the three ramps cancel outside that
/// interval), so the loss and its gradient are those of the best fit and descent never removes it.
/// Dropping unit 8 alone breaks the cancellation; repeatedly dropping one of the three units at
/// random and taking a descent step on the loss of the thinned network flattens the bump.
enum DropoutKink {
    static let hiddenUnits = 14
    /// The three units whose joints make the kink (0-based indices of ω), the middle one first.
    static let kinkUnits = [7, 6, 8]
    static let bumpSize = 4.0
    static let learningRate = 0.05
    static let iterations = 2000

    /// Twelve points of 0.8 + 0.6·x + 0.3·sin(2πx) … with a gap in the middle (noise-free).
    static let data: (x: [Double], y: [Double]) = {
        let x = [0.02, 0.1, 0.18, 0.26, 0.34, 0.41, 0.73, 0.79, 0.85, 0.9, 0.95, 0.99]
        return (x, x.map { 0.8 + 0.6 * $0 + 0.3 * ($0 - 0.5) * ($0 - 0.5) })
    }()

    static func features(_ x: Double) -> [Double] {
        SimplifiedModel.features(x, hiddenUnits: hiddenUnits)
    }

    static func predict(_ phi: [Double], _ x: Double, dropping unit: Int? = nil) -> Double {
        zip(features(x), phi).enumerated().reduce(0) { total, entry in
            entry.offset == (unit.map { $0 + 1 } ?? -1) ? total : total + entry.element.0 * entry.element.1
        }
    }

    /// The mean squared error of φ with `unit` dropped (nil keeps them all).
    static func loss(_ phi: [Double], dropping unit: Int? = nil) -> Double {
        zip(data.x, data.y).reduce(0) {
            $0 + (predict(phi, $1.0, dropping: unit) - $1.1) * (predict(phi, $1.0, dropping: unit) - $1.1)
        }
            / Double(data.x.count)
    }

    /// Its gradient; a dropped unit's weight gets none.
    static func gradient(_ phi: [Double], dropping unit: Int? = nil) -> [Double] {
        var g = [Double](repeating: 0, count: phi.count)
        for (x, y) in zip(data.x, data.y) {
            let residual = predict(phi, x, dropping: unit) - y
            for (j, h) in features(x).enumerated() where j != (unit.map { $0 + 1 } ?? -1) {
                g[j] += 2 * residual * h / Double(data.x.count)
            }
        }
        return g
    }

    /// Panel (a): the least-squares fit of smallest norm plus the bump, a fit as good as the best.
    static let kinked: [Double] = {
        let a = Matrix(rows: data.x.count, cols: hiddenUnits + 1) { i, j in features(data.x[i])[j] }
        var phi = minimumNormLeastSquares(a, data.y)
        phi[kinkUnits[1] + 1] += bumpSize
        phi[kinkUnits[0] + 1] -= 2 * bumpSize
        phi[kinkUnits[2] + 1] += bumpSize
        return phi
    }()

    /// Panel (c): `iterations` steps, each dropping one of the three kink units at random (seed 3)
    /// and descending on the loss of the thinned network.
    static let smoothed: [Double] = {
        var phi = kinked
        var random = NumPyRandomState(seed: 3)
        for _ in 0..<iterations {
            let unit = kinkUnits[random.randint(0, kinkUnits.count)]
            let g = gradient(phi, dropping: unit)
            for j in phi.indices { phi[j] -= learningRate * g[j] }
        }
        return phi
    }()

    /// The bump's height: the largest gap between the model and the straight line through its values
    /// at the outer joints of the kink.
    static func kinkHeight(_ phi: [Double]) -> Double {
        let joints = SimplifiedModel.joints(hiddenUnits)
        let (left, right) = (joints[kinkUnits[1]], joints[kinkUnits[2]])
        let (fl, fr) = (predict(phi, left), predict(phi, right))
        return linspace(left, right, 50).map { x in
            abs(predict(phi, x) - (fl + (fr - fl) * (x - left) / (right - left)))
        }
        .max()!
    }
}
