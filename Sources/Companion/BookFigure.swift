import Plot

/// A figure of the book, redrawn from its maths and data.
public struct BookFigure: Sendable {
    /// The book's number, "2.2".
    public let id: String
    /// What the figure shows, in our own words (the gallery's caption).
    public let caption: String
    let render: @Sendable () throws -> Figure

    public init(id: String, caption: String, render: @escaping @Sendable () throws -> Figure) {
        self.id = id
        self.caption = caption
        self.render = render
    }

    /// Builds the figure value (no pixels yet).
    public func makeFigure() throws -> Figure { try render() }

    /// How the figure is named to readers: "Figure 2.2"; "Problem 7.16" for a figure the book
    /// asks for in a problem rather than prints; "Notebook 10.2" for one a notebook draws, and
    /// "Notebook 10.2, kernels" for a second one of the same notebook (`notebook-10.2-kernels`).
    public var displayName: String {
        if id.hasPrefix("problem-") { return "Problem " + id.dropFirst("problem-".count) }
        if id.hasPrefix("notebook-") {
            let parts = id.dropFirst("notebook-".count).split(separator: "-", maxSplits: 1)
            return "Notebook " + parts[0] + (parts.count > 1 ? ", " + parts[1] : "")
        }
        return "Figure " + id
    }

    /// "fig-2.2.svg" for `.svg`.
    public func fileName(_ format: OutputFormat) -> String { "fig-\(id).\(format.rawValue)" }
}
