/// Population standard deviation (NumPy's `np.std`, ddof = 0).
func populationStd(_ values: [Double]) -> Double {
    populationVariance(values).squareRoot()
}

/// Population variance (NumPy's `np.var`, ddof = 0).
func populationVariance(_ values: [Double]) -> Double {
    let mean = values.reduce(0, +) / Double(values.count)
    return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
}
