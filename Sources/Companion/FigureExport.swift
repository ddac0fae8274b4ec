import FileOutput
import Plot

/// Renders a chapter's figures into `folder/chNN/fig-N.M.ext` (PNGs at twice the
/// point size, crisp on slides and high-DPI screens).
public struct FigureExport {
    public let chapter: Chapter
    public let formats: [OutputFormat]
    /// The parent folder; each chapter writes to its own `chNN` sub-folder.
    public let folder: String

    public init(chapter: Chapter, formats: [OutputFormat], folder: String) {
        self.chapter = chapter
        self.formats = formats
        self.folder = folder
    }

    /// The folder the chapter's figures go to.
    public var chapterFolder: String { folder + "/" + chapter.commandName }

    /// Finds figures by id; an unknown id is a usage error naming the known ones.
    public func select(_ ids: [String]) throws -> [BookFigure] {
        guard !ids.isEmpty else { return chapter.figures }
        return try ids.map { id in
            guard let figure = chapter.figures.first(where: { $0.id == id }) else {
                let known = chapter.figures.map(\.id).joined(separator: ", ")
                throw CompanionError.usage(
                    "unknown figure '\(id)' in chapter \(chapter.number); known figures: \(known)")
            }
            return figure
        }
    }

    /// Renders and writes the figures, returning the paths written. The folder
    /// is checked before any rendering, and every file is written atomically.
    @discardableResult
    public func run(_ figures: [BookFigure], progress: Progress? = nil) throws -> [String] {
        try AtomicFile.prepareFolder(chapterFolder)
        var written: [String] = []
        for (index, figure) in figures.enumerated() {
            progress?.update(index, figure.id)
            let value = try figure.makeFigure()
            for format in formats {
                let bytes = try value.encoded(as: format)
                let path = chapterFolder + "/" + figure.fileName(format)
                try AtomicFile.write(bytes, to: path)
                written.append(path)
            }
        }
        progress?.update(figures.count, "done")
        return written
    }
}
