import Companion
import Foundation
import Neural

/// Notebook 9.5's two trainings as a ``ResultsFile`` (`Results/augmentation.csv`): one row
/// `epoch,plain_train_error,plain_test_error,augmented_train_error,augmented_test_error` per epoch.
enum AugmentationFile {
    static let columns = [
        "epoch", "plain_train_error", "plain_test_error", "augmented_train_error", "augmented_test_error",
    ]
    static let setup =
        "notebook 9.5: MNIST-1D 4000/1000 and 4000 + 4000 augmented (shift 0-39, scale 0.8-1.2), "
        + "MLP 40-200-200-10 kaiming_uniform seed 0, SGD 0.05 momentum 0.9, batch 100, 50 epochs"

    struct Row: Equatable {
        var epoch: Int
        var plainTrain, plainTest, augmentedTrain, augmentedTest: Double
    }

    static func file(plain: [EpochRecord], augmented: [EpochRecord], command: String) -> ResultsFile {
        ResultsFile(
            setup: setup, command: command, columns: columns,
            rows: zip(plain, augmented).map { p, a in
                ["\(p.epoch)", "\(p.trainError!)", "\(p.testError!)", "\(a.trainError!)", "\(a.testError!)"]
            })
    }

    static func rows(_ file: ResultsFile) -> [Row]? {
        guard file.columns == columns else { return nil }
        var rows: [Row] = []
        for fields in file.rows {
            let values = fields.dropFirst().compactMap(Double.init)
            guard let epoch = Int(fields[0]), values.count == 4 else { return nil }
            rows.append(
                Row(
                    epoch: epoch, plainTrain: values[0], plainTest: values[1], augmentedTrain: values[2],
                    augmentedTest: values[3]))
        }
        return rows
    }

    static let committedFile = ResultsFile.committed("augmentation", in: .module)

    static let committed: [Row] = {
        guard let rows = rows(committedFile) else { preconditionFailure("Results/augmentation.csv has other columns") }
        return rows
    }()
}
