import FileOutput
import Foundation

extension MNIST1D {
    /// Writes `x.csv`, `y.csv`, `x_test.csv` and `y_test.csv` into `directory` (created if
    /// missing): one example per line, values separated by commas, each double in its
    /// shortest form that reads back to the same bits.
    ///
    /// The four files are written as one atomic step (`AtomicFile.writeAll`): no reader ever
    /// sees a half-written file, and a failure or an interruption leaves no temporary file.
    /// Throws `FileOutputError`, whose message says which file and why.
    public func writeCSV(to directory: String) throws {
        try AtomicFile.prepareFolder(directory)
        let files: [(name: String, text: String)] = [
            ("x.csv", Self.csv(rows: x)),
            ("y.csv", Self.csv(labels: y)),
            ("x_test.csv", Self.csv(rows: xTest)),
            ("y_test.csv", Self.csv(labels: yTest)),
        ]
        try AtomicFile.writeAll(files.map { (directory + "/" + $0.name, Array($0.text.utf8)) })
    }

    static func csv(rows: [[Double]]) -> String {
        rows.map { row in row.map { "\($0)" }.joined(separator: ",") + "\n" }.joined()
    }

    static func csv(labels: [Int]) -> String {
        labels.map { "\($0)\n" }.joined()
    }
}
