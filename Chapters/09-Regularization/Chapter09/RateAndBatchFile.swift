import Companion
import Foundation

/// Figure 9.5's sweep as a ``ResultsFile`` (`Results/figure-9.5.csv`): one row
/// `panel,value,steps,batch_size,learning_rate,train_error,test_error` per setting.
enum RateAndBatchFile {
    static let columns = ["panel", "value", "steps", "batch_size", "learning_rate", "train_error", "test_error"]
    static let setup =
        "figure 9.5: MNIST-1D 4000/4000, MLP 40-100-100-10 He weights seed 0, plain SGD on the mean cross-entropy; "
        + "(a) rates 0.05-1, batch 100, 6000/rate steps; (b) batch sizes 16-4000, rate 0.1, 200 epochs"

    static func file(_ results: [RateAndBatch.Result], command: String) -> ResultsFile {
        ResultsFile(
            setup: setup, command: command, columns: columns,
            rows: results.map { r in
                [
                    r.setting.panel.rawValue, "\(r.setting.value)", "\(r.setting.steps)", "\(r.setting.batchSize)",
                    "\(r.setting.learningRate)", "\(r.trainError)", "\(r.testError)",
                ]
            })
    }

    static func results(_ file: ResultsFile) -> [RateAndBatch.Result]? {
        guard file.columns == columns else { return nil }
        var results: [RateAndBatch.Result] = []
        for row in file.rows {
            guard let panel = RateAndBatch.Panel(rawValue: row[0]), let value = Double(row[1]), let steps = Int(row[2]),
                let batch = Int(row[3]), let rate = Double(row[4]), let train = Double(row[5]),
                let test = Double(row[6])
            else { return nil }
            results.append(
                RateAndBatch.Result(
                    setting: RateAndBatch.Setting(
                        panel: panel, value: value, steps: steps, batchSize: batch, learningRate: rate),
                    trainError: train, testError: test))
        }
        return results
    }

    static let committedFile = ResultsFile.committed("figure-9.5", in: .module)

    static let committed: [RateAndBatch.Result] = {
        guard let results = results(committedFile) else {
            preconditionFailure("Results/figure-9.5.csv has other columns")
        }
        return results
    }()
}
