/// What one cell of a figure's grid shows.
public enum Panel: Sendable {
    case axes(Axes)
    case surface(Surface3D)
    /// Nothing: the cell stays blank.
    case empty
}

/// A figure: a grid of panels, read left to right, top to bottom. Sizes are in points
/// (1 pt = 1 px in the SVG). Each cell includes its own margins for ticks and labels, so
/// the whole figure is `columns × panelWidth` by `rows × panelHeight` (plus the title).
public struct Figure: Sendable {
    public var columns: Int
    public var rows: Int
    public var panelWidth: Double
    public var panelHeight: Double
    public var panels: [Panel]
    /// Put "a)", "b)", … at the top-left of each panel (skipped for a single panel).
    public var panelLetters = true
    /// A title across the top of the figure.
    public var title: String?
    public var background: Color = .white
    /// The base font size in points; tick labels use it, titles are a little larger.
    public var fontSize: Double = 10

    public init(columns: Int = 1, rows: Int = 1, panelWidth: Double = 320, panelHeight: Double = 260) {
        precondition(columns > 0 && rows > 0, "a figure needs at least one row and one column")
        self.columns = columns; self.rows = rows
        self.panelWidth = panelWidth; self.panelHeight = panelHeight
        panels = Array(repeating: .axes(Axes()), count: columns * rows)
    }

    /// A one-panel figure showing `axes`.
    public init(_ axes: Axes, width: Double = 320, height: Double = 260) {
        self.init(columns: 1, rows: 1, panelWidth: width, panelHeight: height)
        panels[0] = .axes(axes)
    }

    /// A one-panel figure showing a 3-D surface.
    public init(_ surface: Surface3D, width: Double = 320, height: Double = 280) {
        self.init(columns: 1, rows: 1, panelWidth: width, panelHeight: height)
        panels[0] = .surface(surface)
    }

    /// The axes of panel `index` (row-major). Reading a panel that is not an `Axes` gives a
    /// fresh `Axes`; assigning replaces the panel.
    public subscript(index: Int) -> Axes {
        get {
            if case .axes(let axes) = panels[index] { return axes }
            return Axes()
        }
        set { panels[index] = .axes(newValue) }
    }

    /// The axes at a grid position.
    public subscript(row row: Int, column column: Int) -> Axes {
        get { self[row * columns + column] }
        set { self[row * columns + column] = newValue }
    }

    /// Edits the axes of panel `index` in place.
    public mutating func panel(_ index: Int, _ edit: (inout Axes) -> Void) {
        var axes = self[index]
        edit(&axes)
        self[index] = axes
    }

    /// Puts a 3-D surface into panel `index`.
    public mutating func place(_ surface: Surface3D, at index: Int) {
        panels[index] = .surface(surface)
    }

    /// Height of the figure title band, zero without a title.
    var titleHeight: Double { title == nil ? 0 : fontSize * 2.4 }

    /// The size of the whole figure in points.
    public var width: Double { Double(columns) * panelWidth }
    public var height: Double { Double(rows) * panelHeight + titleHeight }
}
