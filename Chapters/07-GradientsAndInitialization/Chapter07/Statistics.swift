/// Population standard deviation (NumPy's `np.std`, ddof = 0).
func populationStd(_ values: [Double]) -> Double {
    populationVariance(values).squareRoot()
}

/// Population variance (NumPy's `np.var`, ddof = 0).
func populationVariance(_ values: [Double]) -> Double {
    let mean = values.reduce(0, +) / Double(values.count)
    return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
}

/// Central finite difference of a scalar function.
func centralDifference(_ f: (Double) -> Double, at x: Double, step: Double = 1e-6) -> Double {
    (f(x + step) - f(x - step)) / (2 * step)
}

/// Central-difference gradient of a function of a parameter vector, one entry at a time.
func numericalGradient(_ f: ([Double]) -> Double, at phi: [Double], step: Double = 1e-6) -> [Double] {
    phi.indices.map { i in
        var plus = phi, minus = phi
        plus[i] += step
        minus[i] -= step
        return (f(plus) - f(minus)) / (2 * step)
    }
}
