/// The gallery page `figures/index.html`: a table of contents, then every figure of every
/// chapter in book order, linking its SVG, PNG and chapter guide, with the book's id, our
/// caption and the command that redraws it. Figures are shown at least at nearly their natural
/// size (`GalleryRows`), so the text of a multi-panel figure stays as legible as in its SVG.
/// The page has no dates, so it is stable in git.
public struct Gallery: Sendable {
    public let chapters: [Chapter]

    public init(chapters: [Chapter]) { self.chapters = chapters }

    /// Pixels per CSS pixel of the PNGs (`Figure.png`'s default scale): a PNG's natural width
    /// on the page is its pixel width over this.
    static let pngScale = 2

    /// - Parameter folder: where the PNGs are (the page lives there too); their headers give
    ///   each figure's natural size. Without it every figure is laid out as 300 pixels wide.
    public func html(figuresIn folder: String? = nil) -> String {
        let shown = chapters.filter { !$0.figures.isEmpty }
        var page = Gallery.head
        page += "<nav>\n<h2>Contents</h2>\n<ul class=\"contents\">\n"
        for chapter in shown {
            let count = chapter.figures.count
            page +=
                "<li><a href=\"#\(chapter.commandName)\">Chapter \(chapter.number): "
                + "\(MarkupText.html(chapter.title))</a> · \(count) figure\(count == 1 ? "" : "s")"
            if let guide = chapter.guide { page += " · <a href=\"../\(guide)\">chapter guide</a>" }
            page += "</li>\n"
        }
        page += "</ul>\n</nav>\n"
        for chapter in shown {
            page += section(
                chapter,
                sizes: chapter.figures.map { figure in
                    folder.flatMap { PNGSize(path: "\($0)/\(chapter.commandName)/\(figure.fileName(.png))") }
                })
        }
        page += "</body>\n</html>\n"
        return page
    }

    /// One chapter: its heading, then its figures in rows.
    func section(_ chapter: Chapter, sizes: [PNGSize?]) -> String {
        var text = "<section id=\"\(chapter.commandName)\">\n"
        text += "<h2>Chapter \(chapter.number): \(MarkupText.html(chapter.title))</h2>\n"
        if let guide = chapter.guide {
            text +=
                "<p><a href=\"../\(guide)\">Chapter guide</a>: what the chapter's demos, figures and "
                + "exercises show, and how to run them.</p>\n"
        }
        let widths = sizes.map { $0.map { Double($0.width / Gallery.pngScale) } ?? 300 }
        for row in GalleryRows.rows(widths: widths) {
            text += "<div class=\"row\">\n"
            for index in row.figures {
                text += card(
                    chapter, chapter.figures[index], size: sizes[index], width: widths[index], scale: row.scale)
            }
            text += "</div>\n"
        }
        return text + "</section>\n"
    }

    /// A figure's card. In a row that fills the page the card grows in proportion to its
    /// natural width from `smallestScale` of it up to `largestScale` of it (so every figure of
    /// the row gets the same scale, and a narrower window wraps the row before any figure gets
    /// smaller than that); in a chapter's last row it keeps its natural width.
    func card(_ chapter: Chapter, _ figure: BookFigure, size: PNGSize?, width: Double, scale: Double?) -> String {
        let base = "\(chapter.commandName)/fig-\(figure.id)"
        let natural = Int(width)
        func scaled(_ factor: Double) -> Int { Int((width * factor).rounded(.down)) }
        let flex =
            scale == nil
            ? "0 1 \(natural)px"
            : "\(natural) 1 \(scaled(GalleryRows.smallestScale))px; max-width: \(scaled(GalleryRows.largestScale))px"
        let dimensions = size.map {
            " width=\"\($0.width / Gallery.pngScale)\" height=\"\($0.height / Gallery.pngScale)\""
        }
        var links = "<a href=\"\(base).svg\">SVG</a> · <a href=\"\(base).png\">PNG</a>"
        if let guide = chapter.guide { links += " · <a href=\"../\(guide)\">chapter \(chapter.number) guide</a>" }
        return """
            <figure id="fig-\(figure.id)" style="flex: \(flex)">
            <a href="\(base).svg"><img src="\(base).png"\(dimensions ?? "") alt="\(figure.displayName)" loading="lazy"></a>
            <figcaption><strong>\(figure.displayName).</strong> \(MarkupText.html(figure.caption))<br>
            \(links) · <code>swift run \(chapter.commandName) figures --only \(figure.id)</code></figcaption>
            </figure>

            """
    }

    /// The page's head and title; the style sheet's card padding, border and gap are the ones
    /// `GalleryRows` lays out with, and the body's width is its page width.
    static let head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>UDL Companion: figure gallery</title>
        <style>
        body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; color: #222; max-width: \(Int(GalleryRows.pageWidth))px; margin: 2em auto; padding: 0 24px; }
        h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
        ul.contents { columns: 2 24em; }
        .row { display: flex; flex-wrap: wrap; justify-content: center; align-items: flex-start; gap: \(Int(GalleryRows.gap))px; margin-bottom: \(Int(GalleryRows.gap))px; }
        figure { margin: 0; padding: \(Int(GalleryRows.cardInset) / 2 - 1)px; border: 1px solid #e4e4e4; border-radius: 6px; background: #fff; min-width: 0; }
        figure img { display: block; width: 100%; height: auto; }
        figcaption { font-size: 0.9em; line-height: 1.35; margin-top: 0.4em; }
        code { font-size: 0.85em; background: #f4f4f4; padding: 0.1em 0.3em; }
        </style>
        </head>
        <body>
        <h1>UDL Companion: figure gallery</h1>
        <p>Every figure is redrawn from the equations and data of <em>Understanding Deep Learning</em>
        (Prince, 2023). Click a picture for the SVG; regenerate all of them with <code>swift run udl figures</code>.</p>

        """
}
