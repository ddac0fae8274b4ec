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

    public func write(_ string: String) {
        lock.lock()
        defer { lock.unlock() }
        if let handle { handle.write(Data(string.utf8)) } else { buffer += string }
    }

    /// What a memory sink has collected.
    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return buffer
    }

    /// True when this sink is a terminal (progress lines redraw in place).
    public var isTerminal: Bool {
        guard let handle else { return false }
        return isatty(handle.fileDescriptor) != 0
    }
}
