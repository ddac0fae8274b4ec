import Foundation

/// Several models whose predictions are combined (section 9.3.2, figure 9.7; notebook 9.3):
/// averaging outputs, as for regression, or for a classifier either the pre-softmax activations
/// or the class probabilities.
public struct Ensemble<M: Model> {
    public enum Combination: Sendable, Hashable {
        /// The mean of the raw outputs (the regression ensembles of figure 9.7; for classifiers,
        /// the mean of the pre-softmax activations).
        case meanOutput
        /// The mean of the softmax probabilities, returned as probabilities.
        case meanProbability
        /// The median of the outputs, value by value (figure 9.7's robust alternative).
        case medianOutput
    }

    public var members: [M]

    public init(_ members: [M]) {
        precondition(!members.isEmpty, "An ensemble needs at least one model")
        self.members = members
    }

    /// The combined prediction for the batch `x`, given how to run one member on it.
    public func predict(_ x: Matrix, combining combination: Combination, output: (M, Matrix) -> Matrix) -> Matrix {
        let outputs = members.map {
            combination == .meanProbability ? softmax(output($0, x)) : output($0, x)
        }
        var combined = outputs[0]
        for i in combined.data.indices {
            let values = outputs.map { $0.data[i] }
            switch combination {
            case .meanOutput, .meanProbability:
                combined.data[i] = values.reduce(0, +) / Double(values.count)
            case .medianOutput:
                let sorted = values.sorted()
                let m = sorted.count / 2
                combined.data[i] = sorted.count % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2
            }
        }
        return combined
    }
}

extension Ensemble where M == Network {
    /// The combined prediction of networks.
    public func callAsFunction(_ x: Matrix, combining combination: Combination = .meanOutput) -> Matrix {
        predict(x, combining: combination) { $0($1) }
    }
}

extension Ensemble where M == Sequential {
    /// The combined prediction of sequential models in inference mode.
    public func callAsFunction(_ x: Matrix, combining combination: Combination = .meanOutput) -> Matrix {
        predict(x, combining: combination) { $0($1) }
    }
}

extension Dataset {
    /// A bootstrap resample for bagging (section 9.3.2): as many examples as the set has, drawn
    /// with replacement (`random.choice(N, N)`), so some examples repeat and about 1/e are left out.
    public func bootstrap(random: inout NumPyRandomState) -> Dataset {
        let indices = random.choice(count, size: count)
        return Dataset(x: x.columns(indices), y: y.examples(indices))
    }
}
