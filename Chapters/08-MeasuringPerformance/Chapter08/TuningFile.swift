import Companion
import Foundation

/// The trials of the three searches as a ``ResultsFile``
/// (`method,width,learning_rate,epochs,validation_error,test_error`, errors as fractions), committed
/// as `Results/tuning.csv` so that the demo shows them without training.
enum TuningFile {
    static let columns = ["method", "width", "learning_rate", "epochs", "validation_error", "test_error"]
    static let setup =
        "tuning notebook 8.1's width and learning rate: MNIST-1D 3000 train / 1000 validation / 1000 test, "
        + "SGD momentum 0.9, batch 100, R = \(Tuning.maximumEpochs) epochs, weights seed 0"

    static func file(_ trials: [HyperparameterSearch.Trial], command: String) -> ResultsFile {
        ResultsFile(
            setup: setup, command: command, columns: columns,
            rows: trials.map { t in
                [
                    t.method.rawValue, "\(t.configuration.width)", "\(t.configuration.learningRate)", "\(t.epochs)",
                    "\(t.validationError)", "\(t.testError)",
                ]
            })
    }

    /// The trials in `file`, or `nil` when it is not a tuning file.
    static func trials(_ file: ResultsFile) -> [HyperparameterSearch.Trial]? {
        guard file.columns == columns else { return nil }
        var trials: [HyperparameterSearch.Trial] = []
        for row in file.rows {
            guard let method = HyperparameterSearch.Method(rawValue: row[0]), let width = Int(row[1]),
                let rate = Double(row[2]), let epochs = Int(row[3]), let validation = Double(row[4]),
                let test = Double(row[5])
            else { return nil }
            trials.append(
                HyperparameterSearch.Trial(
                    method: method, configuration: TuningConfiguration(width: width, learningRate: rate),
                    epochs: epochs,
                    validationError: validation, testError: test))
        }
        return trials
    }

    static var committed: [HyperparameterSearch.Trial] {
        guard let trials = trials(ResultsFile.committed("tuning", in: .module)) else {
            preconditionFailure("Results/tuning.csv has other columns")
        }
        return trials
    }
}
