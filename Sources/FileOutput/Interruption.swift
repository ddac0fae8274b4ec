import CProcess
import Foundation

/// What a program must undo when it is interrupted (Ctrl-C, SIGTERM, a closed terminal): the
/// temporary files of writes still under way, and the child processes it started. Once
/// `installHandlers()` has run, those signals remove the files, kill the children and end the
/// program with the shell's status for the signal (130 for SIGINT).
///
/// Temporary files are created, registered and renamed under one lock, and the handler takes
/// that lock before it removes them, so no file can appear after the handler has looked.
public enum Interruption {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var temporaries: Set<String> = []
    nonisolated(unsafe) private static var children: Set<Int32> = []
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Routes SIGINT, SIGTERM and SIGHUP to the clean-up, and makes a closed pipe an error
    /// that writes report (EPIPE) rather than a signal that kills the program.
    public static func installHandlers() {
        signal(SIGPIPE, SIG_IGN)
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { cleanUpAndExit(signal: number) }
            source.resume()
            sources.append(source)
        }
    }

    /// Removes what is registered and ends the process; the lock is never released, so no
    /// new temporary file or child can appear meanwhile.
    private static func cleanUpAndExit(signal number: Int32) -> Never {
        lock.lock()
        for pid in children { kill(pid, SIGKILL) }
        for path in temporaries { unlink(path) }
        _exit(128 + number)
    }

    /// Creates an empty, registered temporary file in the folder of `path` and returns its path.
    static func createTemporary(beside path: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        lock.lock()
        defer { lock.unlock() }
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY, 0o644)
        guard descriptor >= 0 else {
            throw FileOutputError("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        close(descriptor)
        temporaries.insert(temporary)
        return temporary
    }

    /// Renames registered temporary files into place and forgets them, all under the lock, so
    /// an interruption comes before the first rename or after the last.
    static func rename(_ moves: [(temporary: String, path: String)]) throws {
        lock.lock()
        defer { lock.unlock() }
        for (temporary, path) in moves {
            guard Foundation.rename(temporary, path) == 0 else {
                throw FileOutputError("cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
            temporaries.remove(temporary)
        }
    }

    /// Removes a temporary file if it is still there, and forgets it.
    static func removeTemporary(_ temporary: String) {
        lock.lock()
        defer { lock.unlock() }
        if temporaries.remove(temporary) != nil { unlink(temporary) }
    }

    /// Starts `process` and registers it, so an interruption kills it too.
    public static func run(_ process: Process) throws {
        lock.lock()
        defer { lock.unlock() }
        try process.run()
        children.insert(process.processIdentifier)
    }

    /// Forgets a child that has ended.
    public static func forget(_ process: Process) {
        lock.lock()
        defer { lock.unlock() }
        children.remove(process.processIdentifier)
    }

    /// In a child process: ends it when its parent, whose process id is `parent`, ends, however
    /// the parent ends (on Linux the kernel sends SIGKILL; elsewhere a thread watches).
    public static func endWithParent(_ parent: Int32) {
        if cprocess_die_with_parent() != 0 {
            Thread.detachNewThread {
                while getppid() == parent { usleep(200_000) }
                _exit(1)
            }
        }
        // The parent may have ended before the line above took effect.
        if getppid() != parent { _exit(1) }
    }
}
