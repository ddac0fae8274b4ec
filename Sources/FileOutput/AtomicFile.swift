import Foundation

/// Writing output files so that a reader never finds a half-written one, even when the
/// program is interrupted: bytes go to a hidden temporary file beside the target, which is
/// renamed into place once complete. Temporary files are registered with `Interruption`, which
/// removes them if SIGINT, SIGTERM or SIGHUP arrives first.
public enum AtomicFile {
    /// Makes `path` a writable folder (creating it and its parents), or throws a
    /// `FileOutputError` that says why not: an empty name, a file in the way, no permission.
    public static func prepareFolder(_ path: String) throws {
        guard !path.isEmpty else {
            throw FileOutputError("the output folder is an empty name; give a folder such as 'figures'")
        }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw FileOutputError("'\(path)' is a file, not a folder")
            }
        } else {
            if let blocker = firstFileAncestor(of: path) {
                throw FileOutputError("cannot create folder '\(path)': '\(blocker)' is a file in the way")
            }
            do {
                try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw FileOutputError("cannot create folder '\(path)': \(reason(error))")
            }
        }
        guard manager.isWritableFile(atPath: path) else {
            throw FileOutputError("folder '\(path)' is not writable")
        }
    }

    /// Writes `bytes` to `path` atomically; on any failure nothing is left behind.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try writeAll([(path, bytes)])
    }

    /// Writes text as UTF-8, atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Writes several files as one step: every temporary file is complete before the first
    /// rename, and the renames run together, so a failure (a full disk) or an interruption
    /// leaves none of them half-written and no temporary file behind.
    public static func writeAll(_ files: [(path: String, bytes: [UInt8])]) throws {
        var temporaries: [String] = []
        defer { for temporary in temporaries { Interruption.removeTemporary(temporary) } }
        for file in files {
            let temporary = try Interruption.createTemporary(beside: file.path)
            temporaries.append(temporary)
            try writeBytes(file.bytes, to: temporary, naming: file.path)
        }
        try Interruption.rename(zip(temporaries, files.map(\.path)).map { ($0, $1) })
    }

    /// Writes all of `bytes` into the (already created) file at `temporary`.
    private static func writeBytes(_ bytes: [UInt8], to temporary: String, naming target: String) throws {
        let descriptor = open(temporary, O_WRONLY | O_TRUNC)
        guard descriptor >= 0 else {
            throw FileOutputError("cannot write '\(target)': \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw FileOutputError("cannot write '\(target)': \(String(cString: strerror(errno)))")
            }
            offset += written
        }
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

/// Why an output file or folder could not be written, in one line for a person.
public struct FileOutputError: Error, CustomStringConvertible, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
