import Foundation

/// Writing output files so that a reader never finds a half-written one.
public enum AtomicFile {
    /// Makes `path` a writable folder (creating it and its parents), or throws a
    /// `CompanionError` that says why not: a file in the way, no permission.
    public static func prepareFolder(_ path: String) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw CompanionError.cannotCreate("'\(path)' is a file, not a folder")
            }
        } else {
            if let blocker = firstFileAncestor(of: path) {
                throw CompanionError.cannotCreate("cannot create folder '\(path)': '\(blocker)' is a file in the way")
            }
            do {
                try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw CompanionError.cannotCreate("cannot create folder '\(path)': \(reason(error))")
            }
        }
        guard manager.isWritableFile(atPath: path) else {
            throw CompanionError.cannotCreate("folder '\(path)' is not writable")
        }
    }

    /// Writes `bytes` to a hidden temporary file beside `path`, then renames it
    /// into place; on any failure the temporary file is removed.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
            guard rename(temporary.path, path) == 0 else {
                throw CompanionError.cannotCreate("cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
        } catch let error as CompanionError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CompanionError.cannotCreate("cannot write '\(path)': \(reason(error))")
        }
    }

    /// Writes text as UTF-8, atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// The nearest existing ancestor of `path` when it is a file rather than a folder.
    static func firstFileAncestor(of path: String) -> String? {
        var url = URL(fileURLWithPath: path).deletingLastPathComponent()
        while url.path != "/" && !url.path.isEmpty {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
                return isFolder.boolValue ? nil : url.path
            }
            url.deleteLastPathComponent()
        }
        return nil
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
