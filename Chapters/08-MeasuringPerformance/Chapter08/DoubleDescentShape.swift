/// The landmarks of a double-descent curve (figure 8.10) that notebook 8.3 asks the reader to
/// predict: where the training error reaches zero, the first minimum of the test error, and the
/// peak that follows it.
struct DoubleDescentShape {
    /// The width whose parameter count is closest to the number of training examples.
    var interpolationThreshold: Int?
    /// The narrowest width that classifies every training example correctly.
    var firstZeroTrainingError: Int?
    /// The first width whose test error is below both neighbours', when a peak follows it.
    var firstMinimum: DoubleDescentResult?
    /// The largest test error after the first minimum, when it rises at least `peakHeight` above
    /// that minimum (smaller bumps are the noise of single runs, not a peak).
    var peak: DoubleDescentResult?

    /// The rise over the first minimum that counts as a peak: five percentage points.
    static let peakHeight = 0.05

    init(_ results: [DoubleDescentResult], trainingExamples: Int) {
        interpolationThreshold = DoubleDescent.interpolationThreshold(
            widths: results.map(\.width), trainingExamples: trainingExamples)
        firstZeroTrainingError = results.first { $0.trainError == 0 }?.width
        let errors = results.map(\.testError)
        if let index = errors.indices.dropFirst().dropLast().first(where: {
            errors[$0] < errors[$0 - 1] && errors[$0] < errors[$0 + 1]
        }) {
            let highest = results[(index + 1)...].max { $0.testError < $1.testError }!
            if highest.testError - results[index].testError >= Self.peakHeight {
                firstMinimum = results[index]
                peak = highest
            }
        }
    }
}
