import Foundation

/// Writes `bytes` to a hidden temporary file next to `path`, then renames it into place.
/// Any failure removes the temporary file and throws `PlotError.io`.
func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
        try Data(bytes).write(to: temporary, options: .withoutOverwriting)
        guard rename(temporary.path, path) == 0 else {
            throw PlotError.io(path: path, reason: String(cString: strerror(errno)))
        }
    } catch {
        try? FileManager.default.removeItem(at: temporary)
        if let error = error as? PlotError { throw error }
        throw PlotError.io(path: path, reason: error.localizedDescription)
    }
}
