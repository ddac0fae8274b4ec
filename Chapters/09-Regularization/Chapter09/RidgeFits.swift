import Neural

/// L2 regularization of the simplified model of figure 8.4 (figure 9.2, notebook 9.3's fit):
/// φ = argmin Σ(f[xᵢ, φ] − yᵢ)² + λ·Σ ω_d², the offset β left unpenalized, solved in closed form as
/// the least-squares problem [A; √λ·R] φ ≈ [y; 0] with R the identity without its first row, which
/// has the same normal equations (AᵀA + λR)φ = Aᵀy.
enum RidgeFits {
    /// Notebook 9.3's model size: 14 hidden units, 15 parameters, one per data point.
    static let hiddenUnits = 14

    static func fit(x: [Double], y: [Double], hiddenUnits: Int = hiddenUnits, lambda: Double) -> SimplifiedModel {
        let a = SimplifiedModel.designMatrix(x: x, hiddenUnits: hiddenUnits)
        let columns = hiddenUnits + 1
        let root = lambda.squareRoot()
        let stacked = Matrix(rows: x.count + hiddenUnits, cols: columns) { i, j in
            i < x.count ? a[i, j] : (j == i - x.count + 1 ? root : 0)
        }
        let phi = minimumNormLeastSquares(stacked, y + [Double](repeating: 0, count: hiddenUnits))
        return SimplifiedModel(beta: phi[0], omega: Array(phi.dropFirst()))
    }

    /// Notebook 8.2's fifteen points (seed 1, σ = 0.3), which notebooks 9.3 and 9.4 reuse.
    static let data: (x: [Double], y: [Double]) = {
        var random = NumPyRandomState(seed: 1)
        return ToyRegression.sample(count: 15, sigma: 0.3, random: &random)
    }()

    /// The mean squared distance between a model and the true function on notebook 9.3's 100 points.
    static func errorAgainstTruth(_ predict: (Double) -> Double) -> Double {
        let grid = linspace(0, 1, 100)
        return grid.reduce(0) {
            $0 + (predict($1) - ToyRegression.trueFunction($1)) * (predict($1) - ToyRegression.trueFunction($1))
        } / Double(grid.count)
    }

    /// Figure 9.2's six strengths, from interpolation to over-smoothing.
    static let figureLambdas = [1e-9, 1e-6, 1e-3, 1e-2, 0.1, 1]
}
