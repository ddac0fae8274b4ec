import Companion
import Foundation

/// A double-descent sweep's results as a ``ResultsFile``: one row
/// `width,parameters,train_error,test_error,train_loss,test_loss` (errors as fractions) per
/// finished width, in the order of the setup's widths. The sweep rewrites the file after every
/// width, so a stopped sweep resumes from the widths already in it.
enum DoubleDescentFile {
    static let columns = ["width", "parameters", "train_error", "test_error", "train_loss", "test_loss"]

    /// The setup line of `experiment`: every setting that decides the numbers.
    static func setupLine(_ experiment: DoubleDescent) -> String {
        let recipe =
            switch experiment.recipe {
            case .notebook:
                "notebook 8.3: MNIST-1D 4000/4000, SGD lr 0.01 momentum 0.9, batch 100, \(experiment.epochs) epochs"
            case .book:
                "book figure 8.10: MNIST-1D 10000/5000, full-batch Adam lr 0.005, \(experiment.epochs) steps"
            }
        let widths = experiment.widths.map(String.init).joined(separator: " ")
        return
            "double descent, \(recipe), label noise \(experiment.labelNoise), seed \(experiment.seed), widths \(widths)"
    }

    static func file(_ experiment: DoubleDescent, command: String, results: [DoubleDescentResult]) -> ResultsFile {
        ResultsFile(
            setup: setupLine(experiment), command: command, columns: columns,
            rows: results.map { r in
                [
                    "\(r.width)", "\(r.parameters)", "\(r.trainError)", "\(r.testError)", "\(r.trainLoss)",
                    "\(r.testLoss)",
                ]
            })
    }

    /// The results in `file`, or `nil` when it is not a double-descent file.
    static func results(_ file: ResultsFile) -> [DoubleDescentResult]? {
        guard file.columns == columns else { return nil }
        var results: [DoubleDescentResult] = []
        for row in file.rows {
            guard let width = Int(row[0]), let parameters = Int(row[1]) else { return nil }
            let values = row.dropFirst(2).compactMap(Double.init)
            guard values.count == 4 else { return nil }
            results.append(
                DoubleDescentResult(
                    width: width, parameters: parameters, trainError: values[0], testError: values[1],
                    trainLoss: values[2], testLoss: values[3]))
        }
        return results
    }

    /// The committed results of notebook 8.3's sweep with the given label noise, in the chapter's
    /// resources (`Results/double-descent-noise-0.csv` and `-noise-15.csv`).
    static func committed(noisePercent: Int) -> (file: ResultsFile, results: [DoubleDescentResult]) {
        let file = ResultsFile.committed("double-descent-noise-\(noisePercent)", in: .module)
        guard let results = results(file) else {
            preconditionFailure("Results/double-descent-noise-\(noisePercent).csv has other columns")
        }
        return (file, results)
    }
}
