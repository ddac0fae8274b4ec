/// A command-line failure with the one line printed on standard error and the
/// process exit status (following BSD sysexits: 64 usage, 73 cannot create).
public struct CompanionError: Error, CustomStringConvertible {
    public let message: String
    public let exitCode: Int32

    public init(_ message: String, exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }

    public var description: String { message }

    /// Bad input on the command line: an unknown id or an invalid value.
    public static func usage(_ message: String) -> CompanionError { CompanionError(message, exitCode: 64) }
    /// An output file or folder that cannot be written.
    public static func cannotCreate(_ message: String) -> CompanionError { CompanionError(message, exitCode: 73) }
}
