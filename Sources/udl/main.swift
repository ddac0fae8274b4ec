import ArgumentParser
import Book
import Companion
import FileOutput
import Foundation
import Neural

struct UDL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "udl",
        abstract: "UDL Companion across the whole book: figures, exercise progress, the gallery.",
        subcommands: [
            BookListCommand.self, BookFiguresCommand.self, BookCheckCommand.self, GalleryCommand.self,
            DatasetCommand.self, BenchCommand.self,
        ]
    )
}

ProcessSetup.prepare()
let arguments = Array(CommandLine.arguments.dropFirst())
if let status = ExerciseRunner.runChildIfAsked(chapters: Book.chapters, arguments: arguments) { exit(status) }
exit(
    CommandRunner.run(
        UDL.self, name: "udl", arguments: arguments,
        context: CommandContext(chapters: Book.chapters, runner: .isolatedInThisExecutable)))
