import Foundation

extension MNIST1D {
    /// Errors of ``writeCSV(to:)``.
    public enum CSVError: Error, Equatable {
        case cannotWrite(path: String)
        case cannotRename(from: String, to: String)
    }

    /// Writes `x.csv`, `y.csv`, `x_test.csv` and `y_test.csv` into `directory` (created if
    /// missing): one example per line, values separated by commas, each double in its
    /// shortest form that reads back to the same bits.
    ///
    /// All four files are first written under temporary names in `directory` and then renamed
    /// into place, so no reader ever sees a half-written file. If anything fails, the
    /// temporary files are removed and the error is thrown (files already renamed by then
    /// stay in place).
    public func writeCSV(to directory: String) throws {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files: [(name: String, text: String)] = [
            ("x.csv", Self.csv(rows: x)),
            ("y.csv", Self.csv(labels: y)),
            ("x_test.csv", Self.csv(rows: xTest)),
            ("y_test.csv", Self.csv(labels: yTest)),
        ]
        let token = UUID().uuidString
        var temporaries: [URL] = []
        do {
            for file in files {
                let temporary = folder.appendingPathComponent(".\(file.name).\(token).tmp")
                temporaries.append(temporary)
                guard FileManager.default.createFile(atPath: temporary.path, contents: Data(file.text.utf8)) else {
                    throw CSVError.cannotWrite(path: temporary.path)
                }
            }
            for (file, temporary) in zip(files, temporaries) {
                let target = folder.appendingPathComponent(file.name)
                guard rename(temporary.path, target.path) == 0 else {
                    throw CSVError.cannotRename(from: temporary.path, to: target.path)
                }
            }
        } catch {
            for temporary in temporaries { try? FileManager.default.removeItem(at: temporary) }
            throw error
        }
    }

    static func csv(rows: [[Double]]) -> String {
        rows.map { row in row.map { "\($0)" }.joined(separator: ",") + "\n" }.joined()
    }

    static func csv(labels: [Int]) -> String {
        labels.map { "\($0)\n" }.joined()
    }
}
