import Companion
import Foundation
import Neural

/// Notebook 10.5's training as a ``ResultsFile`` (`Results/digits.csv`): one row
/// `epoch,train_loss,test_loss,test_error` per epoch, epoch 0 being the untrained network (no
/// training loss; the field is empty). Written by `ch10 demo digits --run --save FILE`.
enum DigitsFile {
    static let columns = ["epoch", "train_loss", "test_loss", "test_error"]

    static func setup(data: String) -> String {
        "notebook 10.5: \(data); LeNet-style CNN (seed 0), cross-entropy, SGD 0.01 momentum 0.5, batch 64"
    }

    static func file(_ records: [DigitClassifier.Record], data: String, command: String) -> ResultsFile {
        ResultsFile(
            setup: setup(data: data), command: command, columns: columns,
            rows: records.map { r in
                ["\(r.epoch)", r.trainLoss.map { "\($0)" } ?? "", "\(r.testLoss)", "\(r.testError)"]
            })
    }

    /// The records of `file`, or `nil` when it has other columns or a row does not parse.
    static func records(_ file: ResultsFile) -> [DigitClassifier.Record]? {
        guard file.columns == columns else { return nil }
        var records: [DigitClassifier.Record] = []
        for fields in file.rows {
            guard let epoch = Int(fields[0]), let loss = Double(fields[2]), let error = Double(fields[3]) else {
                return nil
            }
            let trainLoss = Double(fields[1])
            guard trainLoss != nil || fields[1].isEmpty else { return nil }
            records.append(DigitClassifier.Record(epoch: epoch, trainLoss: trainLoss, testLoss: loss, testError: error))
        }
        return records
    }

    static let committedFile = ResultsFile.committed("digits", in: .module)

    static let committed: [DigitClassifier.Record] = {
        guard let records = records(committedFile) else { preconditionFailure("Results/digits.csv has other columns") }
        return records
    }()
}
