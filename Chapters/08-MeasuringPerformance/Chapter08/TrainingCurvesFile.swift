import Companion
import Foundation
import Neural

/// The committed record of section 8.1's full run, which figure 8.2 draws, as a ``ResultsFile``
/// (`Results/figure-8.2.csv`): one row `step,train_error,test_error,train_loss,test_loss` per epoch
/// (errors as fractions). Written by `swift run -c release ch08 demo training --save FILE`.
extension TrainingCurves {
    static let columns = ["step", "train_error", "test_error", "train_loss", "test_loss"]
    static let setup =
        "section 8.1: MNIST-1D 4000/1000, MLP 40-100-100-10 with He weights (seed 0), SGD lr 0.1, batch 100, "
        + "one row per epoch of 40 steps"

    /// The records as a results file.
    static func file(_ records: [EpochRecord], save path: String) -> ResultsFile {
        ResultsFile(
            setup: setup,
            command: "swift run -c release ch08 demo training --steps \(records.count * stepsPerEpoch) --save \(path)",
            columns: columns,
            rows: records.map { r in
                [
                    "\(r.epoch * stepsPerEpoch)", "\(r.trainError!)", "\(r.testError!)", "\(r.trainLoss)",
                    "\(r.testLoss!)",
                ]
            })
    }

    /// Writes the records to `path` atomically.
    static func save(_ records: [EpochRecord], to path: String) throws {
        try file(records, save: path).write(to: path)
    }

    /// One row of the committed file.
    struct Row: Equatable {
        let step: Int
        let trainError, testError, trainLoss, testLoss: Double
    }

    /// The rows of `file`, or `nil` when it has other columns or a row does not parse.
    static func rows(_ file: ResultsFile) -> [Row]? {
        guard file.columns == columns else { return nil }
        var rows: [Row] = []
        for fields in file.rows {
            guard let step = Int(fields[0]) else { return nil }
            let values = fields.dropFirst().compactMap(Double.init)
            guard values.count == 4 else { return nil }
            rows.append(
                Row(step: step, trainError: values[0], testError: values[1], trainLoss: values[2], testLoss: values[3]))
        }
        return rows
    }

    /// The committed run.
    static let committed: [Row] = {
        guard let rows = rows(ResultsFile.committed("figure-8.2", in: .module)) else {
            preconditionFailure("Results/figure-8.2.csv has other columns")
        }
        return rows
    }()
}
