import Companion
import Foundation
import Neural

/// The committed records of section 8.1's runs as ``ResultsFile``s: `Results/figure-8.2.csv` (the
/// book's recipe, which figure 8.2 draws) and `Results/notebook-8.1.csv`, one row
/// `step,train_error,test_error,train_loss,test_loss` per epoch (errors as fractions). Written by
/// `swift run -c release ch08 demo training --run [--recipe notebook] --save FILE`.
extension TrainingCurves {
    static let columns = ["step", "train_error", "test_error", "train_loss", "test_loss"]

    /// The records of `recipe` as a results file.
    static func file(_ records: [EpochRecord], recipe: Recipe = .book, save path: String) -> ResultsFile {
        let option = recipe == .book ? "" : " --recipe \(recipe.rawValue)"
        return ResultsFile(
            setup: recipe.setup,
            command:
                "swift run -c release ch08 demo training --run\(option) --steps \(records.count * stepsPerEpoch) --save \(path)",
            columns: columns,
            rows: records.map { r in
                [
                    "\(r.epoch * stepsPerEpoch)", "\(r.trainError!)", "\(r.testError!)", "\(r.trainLoss)",
                    "\(r.testLoss!)",
                ]
            })
    }

    /// Writes the records to `path` atomically.
    static func save(_ records: [EpochRecord], recipe: Recipe, to path: String) throws {
        try file(records, recipe: recipe, save: path).write(to: path)
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

    /// The committed run of `recipe`.
    static func committed(_ recipe: Recipe) -> (file: ResultsFile, rows: [Row]) {
        let file = ResultsFile.committed(recipe.resultsName, in: .module)
        guard let rows = rows(file) else { preconditionFailure("Results/\(recipe.resultsName).csv has other columns") }
        return (file, rows)
    }

    /// The book's run, which figure 8.2 draws.
    static let committed: [Row] = committed(.book).rows
}
