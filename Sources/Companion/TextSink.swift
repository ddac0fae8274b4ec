import Foundation

/// Where command output goes: standard output, standard error, or a buffer
/// that tests read back.
public final class TextSink: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""
    private let handle: FileHandle?

    /// A sink that writes straight to a file handle.
    public init(handle: FileHandle) { self.handle = handle }
    /// A sink that collects text in memory (`text` reads it).
    public init() { self.handle = nil }

    public static let standardOutput = TextSink(handle: .standardOutput)
    public static let standardError = TextSink(handle: .standardError)

    /// Writes `string`. A failed write never traps: when standard output is a closed pipe
    /// (`chNN list | head -1`) the program ends quietly with status 141, as a shell tool
    /// ended by SIGPIPE would; when it cannot be written otherwise (`> /dev/full`) the
    /// program ends with one line on standard error and status 74; a failed write to
    /// standard error is dropped, since there is nowhere left to say so.
    public func write(_ string: String) {
        lock.lock()
        defer { lock.unlock() }
        guard let handle else {
            buffer += string
            return
        }
        let descriptor = handle.fileDescriptor
        var bytes = Array(string.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written >= 0 {
                bytes = bytes.dropFirst(written)
                continue
            }
            if errno == EINTR { continue }
            guard descriptor == STDOUT_FILENO else { return }
            if errno == EPIPE { exit(141) }
            let reason = String(cString: strerror(errno))
            let program = URL(fileURLWithPath: CommandLine.arguments.first ?? "udl").lastPathComponent
            TextSink.standardError.write("\(program): error: cannot write to standard output: \(reason)\n")
            exit(74)
        }
    }

    /// What a memory sink has collected.
    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return buffer
    }

    /// The width of the terminal this sink writes to, or nil when it is not a terminal.
    public var terminalColumns: Int? {
        guard let handle, isatty(handle.fileDescriptor) != 0 else { return nil }
        var size = winsize()
        guard ioctl(handle.fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// True when this sink is a terminal (progress lines redraw in place).
    public var isTerminal: Bool {
        guard let handle else { return false }
        return isatty(handle.fileDescriptor) != 0
    }
}
