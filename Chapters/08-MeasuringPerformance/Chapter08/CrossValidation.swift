import Neural

/// k-fold cross-validation (section 8.5's notes) of the simplified model's capacity: each fold in
/// turn is held out, the model is fitted in closed form to the rest and scored on it, and the
/// capacity with the smallest mean held-out squared error is chosen — without a separate
/// validation set, which fifteen points cannot spare.
enum CrossValidation {
    /// The mean squared error on held-out points of the model with `hiddenUnits` units over
    /// `folds` folds; fold f holds the points whose index is f modulo `folds`, so every fold
    /// spans the whole input range. With `folds` equal to the number of points this is
    /// leave-one-out.
    static func error(x: [Double], y: [Double], hiddenUnits: Int, folds: Int) -> Double {
        precondition(folds >= 2 && folds <= x.count, "Need between 2 and \(x.count) folds")
        var total = 0.0
        for fold in 0..<folds {
            let held = x.indices.filter { $0 % folds == fold }
            let kept = x.indices.filter { $0 % folds != fold }
            let model = SimplifiedModel.fit(x: kept.map { x[$0] }, y: kept.map { y[$0] }, hiddenUnits: hiddenUnits)
            total += held.reduce(0) { $0 + (model(x[$1]) - y[$1]) * (model(x[$1]) - y[$1]) }
        }
        return total / Double(x.count)
    }

    /// The capacities the demo and the tests compare, as in figure 8.9.
    static let capacities = Array(1...12)

    /// The capacity with the smallest cross-validation error (the smaller on a tie).
    static func choose(x: [Double], y: [Double], folds: Int) -> Int {
        let errors = capacities.map { error(x: x, y: y, hiddenUnits: $0, folds: folds) }
        return capacities[errors.indices.min { errors[$0] < errors[$1] }!]
    }
}
