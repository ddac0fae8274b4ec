import ArgumentParser
import Chapter02
import Chapter03
import Chapter04
import Chapter05
import Chapter06
import Chapter07
import Companion
import Foundation

/// Every chapter the companion covers, in book order.
let book: [Chapter] = [
    SupervisedLearning.chapter,
    ShallowNetworks.chapter,
    DeepNetworks.chapter,
    LossFunctions.chapter,
    FittingModels.chapter,
    GradientsAndInitialization.chapter,
]

struct UDL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "udl",
        abstract: "UDL Companion across the whole book: figures, exercise progress, the gallery.",
        subcommands: [BookListCommand.self, BookFiguresCommand.self, BookCheckCommand.self, GalleryCommand.self,
                      DatasetCommand.self, BenchCommand.self]
    )
}

exit(CommandRunner.run(UDL.self, name: "udl", arguments: Array(CommandLine.arguments.dropFirst()),
                       context: CommandContext(chapters: book)))
