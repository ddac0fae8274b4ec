import FileOutput
import Foundation
import Neural

/// The committed record of section 8.1's full run, which figure 8.2 draws, in
/// `Results/figure-8.2.csv`: one line per epoch, `step,train_error,test_error,train_loss,test_loss`
/// (errors as fractions). Written by `swift run -c release ch08 demo training --save FILE`.
extension TrainingCurves {
    static let header = "step,train_error,test_error,train_loss,test_loss"

    /// The records as CSV text.
    static func csv(_ records: [EpochRecord]) -> String {
        ([header]
            + records.map { r in
                [
                    "\(r.epoch * stepsPerEpoch)", "\(r.trainError!)", "\(r.testError!)", "\(r.trainLoss)",
                    "\(r.testLoss!)",
                ]
                .joined(separator: ",")
            }).joined(separator: "\n") + "\n"
    }

    /// Writes the records to `path` atomically.
    static func save(_ records: [EpochRecord], to path: String) throws {
        try AtomicFile.write(csv(records), to: path)
    }

    /// One row of the committed file.
    struct Row: Equatable {
        let step: Int
        let trainError, testError, trainLoss, testLoss: Double
    }

    /// The rows of `text` (the format `csv` writes).
    static func parse(_ text: String) -> [Row] {
        text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: ",").map(String.init)
            guard fields.count == 5, let step = Int(fields[0]) else { return nil }
            let values = fields.dropFirst().compactMap(Double.init)
            guard values.count == 4 else { return nil }
            return Row(
                step: step, trainError: values[0], testError: values[1], trainLoss: values[2], testLoss: values[3])
        }
    }

    /// The committed run.
    static let committed: [Row] = {
        guard let url = Bundle.module.url(forResource: "figure-8.2", withExtension: "csv", subdirectory: "Results"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { preconditionFailure("Results/figure-8.2.csv is missing from the chapter's resources") }
        return parse(text)
    }()
}
