/// Central finite differences, the independent check on every analytic derivative in the
/// project: `(f(x + h) − f(x − h)) / 2h`, whose error shrinks like h² for smooth f. The steps
/// default to 1e−6 for first derivatives of a function and 1e−5 for derivatives of a
/// derivative (Jacobians of gradients, Hessians), where the values differenced are themselves
/// rounded.
public enum FiniteDifferences {
    /// df/dx at `x`.
    public static func derivative(_ f: (Double) throws -> Double, at x: Double, step h: Double = 1e-6) rethrows
        -> Double
    {
        (try f(x + h) - f(x - h)) / (2 * h)
    }

    /// The gradient of a scalar function of a vector: entry k is ∂f/∂x_k.
    public static func gradient(_ f: ([Double]) throws -> Double, at x: [Double], step h: Double = 1e-6) rethrows
        -> [Double]
    {
        try x.indices.map { k in
            var plus = x
            var minus = x
            plus[k] += h
            minus[k] -= h
            return (try f(plus) - f(minus)) / (2 * h)
        }
    }

    /// The Jacobian of a vector function: row i holds ∂g_i/∂x.
    public static func jacobian(_ g: ([Double]) throws -> [Double], at x: [Double], step h: Double = 1e-5) rethrows
        -> [[Double]]
    {
        let columns = try x.indices.map { k in
            var plus = x
            var minus = x
            plus[k] += h
            minus[k] -= h
            return zip(try g(plus), try g(minus)).map { ($0 - $1) / (2 * h) }
        }
        return columns.first.map { first in first.indices.map { i in columns.map { $0[i] } } } ?? []
    }

    /// The Hessian of a function from its analytic `gradient`: the Jacobian of the gradient,
    /// made exactly symmetric by averaging it with its transpose.
    public static func hessian(gradient: ([Double]) throws -> [Double], at x: [Double], step h: Double = 1e-5)
        rethrows -> [[Double]]
    {
        let j = try jacobian(gradient, at: x, step: h)
        return j.indices.map { r in j.indices.map { c in (j[r][c] + j[c][r]) / 2 } }
    }
}
