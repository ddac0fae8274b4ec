/// How the gallery breaks a chapter's figures into rows, in book order: the figures of a row
/// share one scale, which fills the row edge to edge, but never shrinks a figure below
/// `smallestScale` of its natural width (the SVG's size, at which its text is as large as the
/// figure's author set it) nor blows it up beyond `largestScale` (a row that would need more
/// is centred instead). The breaks are chosen for the page's full width by dynamic
/// programming, like lines of justified text: rows stretched or squeezed little are cheap,
/// squeezing costs more than stretching. The last row of a chapter keeps its figures at
/// natural size.
struct GalleryRows {
    /// The content width of the page, a card's padding and border on both sides, and the gap
    /// between cards, in CSS pixels (the numbers the page's style sheet uses).
    static let pageWidth = 1320.0
    static let cardInset = 22.0
    static let gap = 20.0
    /// The least and the most a figure is scaled to, as a fraction of its natural width.
    static let smallestScale = 0.9
    static let largestScale = 1.25

    struct Row: Equatable {
        /// Indices into the chapter's figures.
        var figures: Range<Int>
        /// The scale at which the row's figures fill the page's width (they are shown at
        /// `largestScale` when it is larger); nil for a last row shown at natural size.
        var scale: Double?
    }

    /// The rows for figures of natural widths `widths` (CSS pixels).
    static func rows(widths: [Double]) -> [Row] {
        let n = widths.count
        guard n > 0 else { return [] }
        // best[i]: the cheapest layout of figures i..<n and where its first row ends.
        var best = [(cost: Double, end: Int)](repeating: (.infinity, n), count: n + 1)
        best[n] = (0, n)
        for start in stride(from: n - 1, through: 0, by: -1) {
            for end in (start + 1)...n {
                guard let cost = cost(Array(widths[start..<end]), isLast: end == n) else { break }
                if cost + best[end].cost < best[start].cost { best[start] = (cost + best[end].cost, end) }
            }
        }
        var rows: [Row] = []
        var start = 0
        while start < n {
            let end = best[start].end
            let scale = scale(Array(widths[start..<end]))
            rows.append(Row(figures: start..<end, scale: end == n && scale >= 1 ? nil : scale))
            start = end
        }
        return rows
    }

    /// The scale that makes `widths` fill the page in one row.
    static func scale(_ widths: [Double]) -> Double {
        let count = Double(widths.count)
        return (pageWidth - count * cardInset - (count - 1) * gap) / widths.reduce(0, +)
    }

    /// How bad a row is, or nil when its figures would shrink too much (a lone figure wider
    /// than the page is the exception: it fills the page).
    private static func cost(_ widths: [Double], isLast: Bool) -> Double? {
        let scale = scale(widths)
        if scale < smallestScale { return widths.count == 1 ? 0 : nil }
        if isLast && scale >= 1 { return 0 }
        return scale < 1 ? (4 * (1 - scale)) * (4 * (1 - scale)) : (scale - 1) * (scale - 1)
    }
}
