import Companion
import Foundation

/// Figure 9.6's run as a ``ResultsFile`` (`Results/early-stopping.csv`): one row per measurement,
/// `step,training_loss,validation_loss,truth_distance,phi0,…,phi14`.
enum EarlyStoppingFile {
    static let columns =
        ["step", "training_loss", "validation_loss", "truth_distance"]
        + (0...EarlyStoppingRun.hiddenUnits).map { "phi\($0)" }
    static let setup =
        "figure 9.6: simplified model with 14 hidden units, notebook 8.2's 15 points (seed 1), validation seed 2, "
        + "weights seed 0, SGD batch 5, lr 0.05, mean squared error, \(EarlyStoppingRun.figureSteps) steps"

    static func file(_ run: EarlyStoppingRun, command: String) -> ResultsFile {
        ResultsFile(
            setup: setup, command: command, columns: columns,
            rows: run.records.map { r in
                ["\(r.step)", "\(r.training)", "\(r.validation)", "\(r.truth)"] + r.phi.map { "\($0)" }
            })
    }

    /// The run in `file`, or `nil` when it is not one.
    static func run(_ file: ResultsFile) -> EarlyStoppingRun? {
        guard file.columns == columns else { return nil }
        var records: [EarlyStoppingRun.Record] = []
        for row in file.rows {
            guard let step = Int(row[0]) else { return nil }
            let values = row.dropFirst().compactMap(Double.init)
            guard values.count == row.count - 1 else { return nil }
            records.append(
                EarlyStoppingRun.Record(
                    step: step, training: values[0], validation: values[1], truth: values[2],
                    phi: Array(values.dropFirst(3))))
        }
        return EarlyStoppingRun(records: records)
    }

    static let committedFile = ResultsFile.committed("early-stopping", in: .module)

    static let committed: EarlyStoppingRun = {
        guard let run = run(committedFile) else { preconditionFailure("Results/early-stopping.csv has other columns") }
        return run
    }()
}
