import Foundation

/// Checks made before long work starts: a run that would end by writing where it cannot
/// fails at once, with the reason, instead of after minutes of training.
public enum OutputTarget {
    /// Throws unless a file can be written at `path` later: it is not a folder, and the folder
    /// it goes into exists and is writable.
    public static func checkFile(_ path: String) throws {
        guard !path.isEmpty else { throw FileOutputError("the output file is an empty name") }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw FileOutputError("'\(path)' is a folder; give the name of a file to write")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw FileOutputError("cannot write '\(path)': there is no folder '\(folder)'")
        }
        guard manager.isWritableFile(atPath: folder) else {
            throw FileOutputError("cannot write '\(path)': folder '\(folder)' is not writable")
        }
    }

    /// Throws unless `path` is a writable folder or can be made one by
    /// `AtomicFile.prepareFolder`: its nearest existing ancestor is a writable folder.
    public static func checkFolder(_ path: String) throws {
        guard !path.isEmpty else {
            throw FileOutputError("the output folder is an empty name; give a folder such as 'results'")
        }
        let manager = FileManager.default
        var existing = URL(fileURLWithPath: path)
        while !manager.fileExists(atPath: existing.path) && existing.path != "/" {
            existing.deleteLastPathComponent()
        }
        var isFolder: ObjCBool = false
        _ = manager.fileExists(atPath: existing.path, isDirectory: &isFolder)
        guard isFolder.boolValue else {
            throw FileOutputError(
                existing.path == URL(fileURLWithPath: path).path
                    ? "'\(path)' is a file, not a folder"
                    : "cannot create folder '\(path)': '\(existing.path)' is a file in the way")
        }
        guard manager.isWritableFile(atPath: existing.path) else {
            throw FileOutputError("cannot write into '\(path)': folder '\(existing.path)' is not writable")
        }
    }
}
