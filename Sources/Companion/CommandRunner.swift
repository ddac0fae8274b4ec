import ArgumentParser
import FileOutput
import Foundation

/// Runs a root command with our error conventions: help goes to standard
/// output with status 0; any error is one line on standard error, prefixed by
/// the command's name, with a non-zero status (64 for usage errors).
public enum CommandRunner {
    public static func run<Root: ParsableCommand>(
        _ root: Root.Type, name: String, arguments: [String],
        context: CommandContext
    ) -> Int32 {
        CommandContext.$current.withValue(context) {
            do {
                if arguments.first == "help", arguments.count > 1 {
                    let known = Root.configuration.subcommands.compactMap { $0.configuration.commandName }
                    guard known.contains(arguments[1]) else {
                        throw CompanionError.usage(
                            "no command '\(arguments[1])'; commands: " + known.joined(separator: ", "))
                    }
                }
                var command = try Root.parseAsRoot(arguments)
                try command.run()
                return 0
            } catch let code as ExitCode {
                return code.rawValue
            } catch let error as CompanionError {
                context.err.write("\(name): error: \(error.message)\n")
                return error.exitCode
            } catch let error as FileOutputError {
                context.err.write("\(name): error: \(error.message)\n")
                return CompanionError.cannotCreate(error.message).exitCode
            } catch {
                let code = Root.exitCode(for: error)
                if code == .success {
                    context.out.write(Root.fullMessage(for: error) + "\n")
                    return 0
                }
                let message =
                    Root.message(for: error)
                    .split(separator: "\n").first.map(String.init) ?? "\(error)"
                var cleaned = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
                cleaned = cleaned.prefix(1).lowercased() + cleaned.dropFirst()
                context.err.write(
                    "\(name): error: \(cleaned) (see '\(helpCommand(Root.self, name: name, arguments: arguments)) --help')\n"
                )
                return code.rawValue
            }
        }
    }

    /// The deepest command that `arguments` name ("udl dataset mnist1d"), whose help a usage
    /// error points to.
    static func helpCommand(_ root: ParsableCommand.Type, name: String, arguments: [String]) -> String {
        var command = root
        var words = [name]
        for argument in arguments {
            guard
                let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == argument })
            else { break }
            command = next
            words.append(argument)
        }
        return words.joined(separator: " ")
    }
}
