/// The gallery page `figures/index.html`: every figure of every chapter as a
/// thumbnail linking its SVG and PNG, with the book's id, our caption and the
/// command that redraws it. The page has no dates, so it is stable in git.
public struct Gallery: Sendable {
    public let chapters: [Chapter]

    public init(chapters: [Chapter]) { self.chapters = chapters }

    /// - Parameter folder: where the PNGs are; wide figures (read from the PNG's
    ///   header) span two or three columns so that their panels stay legible.
    public func html(figuresIn folder: String? = nil) -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>UDL Companion: figure gallery</title>
            <style>
            body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 2em; color: #222; max-width: 1200px; }
            h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
            .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 1.5em; grid-auto-flow: dense; }
            figure { margin: 0; padding: 0.8em; border: 1px solid #e4e4e4; border-radius: 6px; background: #fff; }
            figure img { width: 100%; height: auto; }
            figure.wide { grid-column: span 2; }
            figure.widest { grid-column: 1 / -1; }
            figcaption { font-size: 0.9em; line-height: 1.35; }
            code { font-size: 0.85em; background: #f4f4f4; padding: 0.1em 0.3em; }
            </style>
            </head>
            <body>
            <h1>UDL Companion: figure gallery</h1>
            <p>Every figure is redrawn from the equations and data of <em>Understanding Deep Learning</em>
            (Prince, 2023). Click a picture for the SVG; regenerate all of them with <code>swift run udl figures</code>.</p>

            """
        for chapter in chapters where !chapter.figures.isEmpty {
            page +=
                "<h2 id=\"\(chapter.commandName)\">Chapter \(chapter.number): \(MarkupText.html(chapter.title))</h2>\n"
            page += "<div class=\"grid\">\n"
            for figure in chapter.figures {
                let base = "\(chapter.commandName)/fig-\(figure.id)"
                page += """
                    <figure id="fig-\(figure.id)"\(widthClass(folder.map { "\($0)/\(base).png" }))>
                    <a href="\(base).svg"><img src="\(base).png" alt="\(figure.displayName)" loading="lazy"></a>
                    <figcaption><strong>\(figure.displayName).</strong> \(MarkupText.html(figure.caption))<br>
                    <a href="\(base).svg">SVG</a> · <a href="\(base).png">PNG</a> ·
                    <code>swift run \(chapter.commandName) figures --only \(figure.id)</code></figcaption>
                    </figure>

                    """
            }
            page += "</div>\n"
        }
        page += "</body>\n</html>\n"
        return page
    }

    /// ` class="wide"` for a figure about twice as wide as high or more, ` class="widest"`
    /// beyond three times; nothing when the PNG is missing or narrower.
    func widthClass(_ png: String?) -> String {
        guard let png, let size = PNGSize(path: png) else { return "" }
        let aspect = Double(size.width) / Double(max(size.height, 1))
        return aspect > 3 ? " class=\"widest\"" : aspect >= 1.9 ? " class=\"wide\"" : ""
    }
}
