import Neural

/// Sections 8.4.2–8.4.3: a model with more parameters than data points fits them exactly in many
/// ways. The simplified model's fit of smallest norm (NumPy's `lstsq`) keeps the slope changes ω
/// small and so interpolates smoothly; adding any vector of the design matrix's null space keeps
/// the training loss at zero but bends the curve between the points.
enum Interpolation {
    /// Figure 8.11's sparse data: points on either side of an empty middle, from the true function
    /// with a little noise (our choice; the book gives no data). Seed 6.
    static let sparseData: (x: [Double], y: [Double]) = {
        var random = NumPyRandomState(seed: 6)
        let x = [0.04, 0.12, 0.2, 0.28, 0.72, 0.8, 0.88, 0.96]
        return (x, x.map { ToyRegression.trueFunction($0) + random.normal(loc: 0, scale: 0.1) })
    }()

    /// An exact fit other than the smallest one: the minimum-norm fit plus the part of `z` that the
    /// data cannot see, `z − A⁺Az` (a null-space vector of the design matrix A).
    static func otherExactFit(x: [Double], y: [Double], hiddenUnits: Int, z: [Double]) -> SimplifiedModel {
        let a = SimplifiedModel.designMatrix(x: x, hiddenUnits: hiddenUnits)
        let smallest = minimumNormLeastSquares(a, y)
        let seen = minimumNormLeastSquares(a, Matrix.multiply(a, Matrix(column: z)).data)
        let phi = zip(smallest, zip(z, seen)).map { $0 + $1.0 - $1.1 }
        return SimplifiedModel(beta: phi[0], omega: Array(phi.dropFirst()))
    }
}
