/// The simplified network of figure 8.4 (notebooks 8.2, 9.3 and 9.4): one input, `D` hidden units
/// whose first layer is fixed — slope one and joints at 0, 1/D, …, (D − 1)/D — and a trained
/// output layer,
///
///     f[x] = β + Σ_d ω_d · ReLU(x − d/D),
///
/// so the model is piecewise linear on [0, 1] with D regions, and linear in its parameters
/// φ = {β, ω_1, …, ω_D}: least squares fits it in closed form (problem 8.3).
public struct SimplifiedModel: Sendable, Equatable {
    /// β, the offset.
    public var beta: Double
    /// ω_1 … ω_D, the slopes added at each joint.
    public var omega: [Double]

    public init(beta: Double, omega: [Double]) {
        precondition(!omega.isEmpty, "The model needs at least one hidden unit")
        self.beta = beta
        self.omega = omega
    }

    /// D, the number of hidden units (and of linear regions in [0, 1]).
    public var hiddenUnits: Int { omega.count }

    /// The joints d/D of the fixed first layer (problem 8.2: weight 1 and bias −d/D for unit d).
    public static func joints(_ hiddenUnits: Int) -> [Double] {
        (0..<hiddenUnits).map { Double($0) / Double(hiddenUnits) }
    }

    /// One row of the design matrix: 1 and the activations ReLU(x − d/D) for d = 0 … D − 1.
    public static func features(_ x: Double, hiddenUnits: Int) -> [Double] {
        [1] + joints(hiddenUnits).map { max(x - $0, 0) }
    }

    /// The design matrix of the least-squares fit (problem 8.3): row i holds 1 and the hidden-unit
    /// activations ReLU(x_i − d/D) for d = 0 … D − 1 (figure 8.4b–d), so `A φ` is the model's output.
    public static func designMatrix(x: [Double], hiddenUnits: Int) -> Matrix {
        Matrix(rows: x.count, cols: hiddenUnits + 1) { i, j in
            j == 0 ? 1 : max(x[i] - Double(j - 1) / Double(hiddenUnits), 0)
        }
    }

    /// The prediction f[x].
    public func callAsFunction(_ x: Double) -> Double {
        let d = Double(hiddenUnits)
        var f = beta
        for (k, w) in omega.enumerated() { f += w * max(x - Double(k) / d, 0) }
        return f
    }

    /// The least-squares fit to the pairs (x_i, y_i) (problem 8.3): the design matrix has a column
    /// of ones and one column of activations per hidden unit, solved as NumPy's `lstsq` does, so
    /// with more hidden units than points it is the interpolating fit of smallest norm.
    public static func fit(x: [Double], y: [Double], hiddenUnits: Int) -> SimplifiedModel {
        precondition(x.count == y.count, "x and y must have the same length")
        let phi = minimumNormLeastSquares(designMatrix(x: x, hiddenUnits: hiddenUnits), y)
        return SimplifiedModel(beta: phi[0], omega: Array(phi.dropFirst()))
    }
}
