import ArgumentParser
import Foundation

/// Runs a root command with our error conventions: help goes to standard
/// output with status 0; any error is one line on standard error, prefixed by
/// the command's name, with a non-zero status (64 for usage errors).
public enum CommandRunner {
    public static func run<Root: ParsableCommand>(_ root: Root.Type, name: String, arguments: [String],
                                           context: CommandContext) -> Int32 {
        CommandContext.$current.withValue(context) {
            do {
                var command = try Root.parseAsRoot(arguments)
                try command.run()
                return 0
            } catch let code as ExitCode {
                return code.rawValue
            } catch let error as CompanionError {
                context.err.write("\(name): error: \(error.message)\n")
                return error.exitCode
            } catch {
                let code = Root.exitCode(for: error)
                if code == .success {
                    context.out.write(Root.fullMessage(for: error) + "\n")
                    return 0
                }
                let message = Root.message(for: error)
                    .split(separator: "\n").first.map(String.init) ?? "\(error)"
                var cleaned = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
                cleaned = cleaned.prefix(1).lowercased() + cleaned.dropFirst()
                let subcommands = Root.configuration.subcommands.map { $0.configuration.commandName ?? "" }
                let helpFor = arguments.first.flatMap { subcommands.contains($0) ? "\(name) \($0)" : nil } ?? name
                context.err.write("\(name): error: \(cleaned) (see '\(helpFor) --help')\n")
                return code.rawValue
            }
        }
    }
}
