/// The 1-D linear regression model of section 2.2: a line `y = φ0 + φ1·x`
/// (eq. 2.4) scored by the least-squares loss (eq. 2.5).
public struct LinearRegression: Sendable, Equatable {
    /// The y-intercept φ0.
    public var intercept: Double
    /// The slope φ1.
    public var slope: Double

    public init(intercept: Double, slope: Double) {
        self.intercept = intercept
        self.slope = slope
    }

    /// The parameters as the vector φ = [φ0, φ1].
    public var phi: [Double] { [intercept, slope] }

    /// The prediction f[x, φ] = φ0 + φ1·x (eq. 2.4).
    public func predict(_ x: Double) -> Double { intercept + slope * x }

    /// L[φ] = Σ_i (φ0 + φ1·x_i − y_i)², a sum over the data as in eq. 2.5.
    public func loss(x: [Double], y: [Double]) -> Double {
        precondition(x.count == y.count, "x and y must have the same length")
        var total = 0.0
        for i in x.indices {
            let residual = predict(x[i]) - y[i]
            total += residual * residual
        }
        return total
    }

    /// The gradient [∂L/∂φ0, ∂L/∂φ1] = [Σ 2r_i, Σ 2r_i·x_i] with r_i = φ0 + φ1·x_i − y_i
    /// (the answer to problem 2.1).
    public func gradient(x: [Double], y: [Double]) -> [Double] {
        precondition(x.count == y.count, "x and y must have the same length")
        var g0 = 0.0
        var g1 = 0.0
        for i in x.indices {
            let residual = predict(x[i]) - y[i]
            g0 += 2 * residual
            g1 += 2 * residual * x[i]
        }
        return [g0, g1]
    }

    /// The Hessian of L, which does not depend on φ: 2·[[I, Σx], [Σx, Σx²]].
    public static func hessian(x: [Double]) -> [[Double]] {
        let sx = x.reduce(0, +)
        let sxx = x.reduce(0) { $0 + $1 * $1 }
        return [[2 * Double(x.count), 2 * sx], [2 * sx, 2 * sxx]]
    }

    /// The least-squares line in closed form (problem 2.2): setting both
    /// derivatives to zero gives φ1 = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)² and φ0 = ȳ − φ1·x̄.
    public static func fit(x: [Double], y: [Double]) -> LinearRegression {
        precondition(x.count == y.count && x.count >= 2, "need at least two points")
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n
        let my = y.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        for i in x.indices {
            sxy += (x[i] - mx) * (y[i] - my)
            sxx += (x[i] - mx) * (x[i] - mx)
        }
        precondition(sxx > 0, "the inputs must not all be equal")
        let slope = sxy / sxx
        return LinearRegression(intercept: my - slope * mx, slope: slope)
    }

    /// One step of steepest descent with an exact line search. The loss is
    /// quadratic, so the best step along −g has the closed form α = gᵀg / gᵀHg.
    public func steepestDescentStep(x: [Double], y: [Double]) -> LinearRegression {
        let g = gradient(x: x, y: y)
        let h = LinearRegression.hessian(x: x)
        let gg = g[0] * g[0] + g[1] * g[1]
        let ghg = g[0] * (h[0][0] * g[0] + h[0][1] * g[1]) + g[1] * (h[1][0] * g[0] + h[1][1] * g[1])
        guard ghg > 0 else { return self }
        let alpha = gg / ghg
        return LinearRegression(intercept: intercept - alpha * g[0], slope: slope - alpha * g[1])
    }
}
