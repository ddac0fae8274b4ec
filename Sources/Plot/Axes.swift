/// A 2-D plot panel: limits, scales, labels and the items drawn in it, as a plain value.
/// Build it up with the drawing methods, then put it into a `Figure`.
public struct Axes: Sendable {
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    /// Data limits; nil means "fit the data" (with a 5 % margin for lines and points).
    public var xLimits: ClosedRange<Double>?
    public var yLimits: ClosedRange<Double>?
    public var xScale: Scale = .linear
    public var yScale: Scale = .linear
    /// Draw the x axis from right to left.
    public var invertX = false
    /// Draw the y axis from top to bottom.
    public var invertY = false
    public var aspect: Aspect = .auto
    /// Tick positions that replace the automatic ones; an empty array hides the ticks.
    public var xTicks: [Double]?
    public var yTicks: [Double]?
    /// Tick labels (markup) that go with `xTicks` / `yTicks`; nil formats the numbers.
    public var xTickLabels: [String]?
    public var yTickLabels: [String]?
    /// Light grid lines at the major ticks.
    public var grid = false
    /// Draw the frame around the plot area.
    public var frame = true
    public var background: Color = .white
    /// The panel letter ("a", "b", …). Nil lets the figure assign it from the panel index; an
    /// empty string leaves the panel without one (a group of panels that share one letter).
    public var letter: String?

    var items: [Item] = []
    var legendPosition: LegendPosition?
    var colorbar: ColorbarSpec?

    public init() {}

    // MARK: Lines and points

    /// A polyline through (x[k], y[k]). Non-finite points break the line.
    public mutating func line(
        x: [Double], y: [Double], color: Color? = nil, width: Double = 1.5,
        dash: [Double] = [], label: String? = nil
    ) {
        let lineCount = items.count { if case .line = $0 { true } else { false } }
        let style = LineStyle(color: color ?? Color.series[lineCount % Color.series.count], width: width, dash: dash)
        items.append(.line(x: x, y: y, style: style, label: label))
    }

    /// The graph of `f` sampled at `samples` evenly spaced points over `range`.
    public mutating func function(
        _ f: (Double) -> Double, over range: ClosedRange<Double>, samples: Int = 400,
        color: Color? = nil, width: Double = 1.5, dash: [Double] = [], label: String? = nil
    ) {
        let n = max(2, samples)
        let xs = (0..<n).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(n - 1) }
        line(x: xs, y: xs.map(f), color: color, width: width, dash: dash, label: label)
    }

    /// Markers at (x[k], y[k]).
    public mutating func scatter(
        x: [Double], y: [Double], color: Color = .bookOrange, size: Double = 6,
        marker: Marker = .circle, edge: Color? = nil, label: String? = nil
    ) {
        items.append(
            .scatter(
                x: x, y: y, style: MarkerStyle(marker: marker, size: size, color: color, edge: edge),
                label: label))
    }

    /// A horizontal line across the whole plot area.
    public mutating func hline(y: Double, color: Color = .gray, width: Double = 1, dash: [Double] = []) {
        items.append(.hline(y: y, style: LineStyle(color: color, width: width, dash: dash)))
    }

    /// A vertical line across the whole plot area.
    public mutating func vline(x: Double, color: Color = .gray, width: Double = 1, dash: [Double] = []) {
        items.append(.vline(x: x, style: LineStyle(color: color, width: width, dash: dash)))
    }

    /// An arrow from one data point to another, with a filled head of `headSize` points.
    public mutating func arrow(from: Point, to: Point, color: Color = .black, width: Double = 1.2, headSize: Double = 8)
    {
        items.append(.arrow(from: from, to: to, color: color, width: width, headSize: headSize))
    }

    // MARK: Areas

    /// The region between two curves over the same x values.
    public mutating func fillBetween(
        x: [Double], lower: [Double], upper: [Double], color: Color = .lightGray,
        label: String? = nil
    ) {
        items.append(.fillBetween(x: x, lower: lower, upper: upper, color: color, label: label))
    }

    /// A vertical band over an x range, spanning the full height.
    public mutating func shadeX(
        range: ClosedRange<Double>, color: Color = Color.lightGray.withAlpha(0.5),
        label: String? = nil
    ) {
        items.append(.shadeX(range: range, color: color, label: label))
    }

    /// Bars of the given heights, centred on `x`, rising from zero.
    public mutating func bars(
        x: [Double], heights: [Double], width: Double = 0.8, color: Color = .bookOrange,
        edge: Color? = nil, label: String? = nil
    ) {
        items.append(.bars(x: x, heights: heights, width: width, color: color, edge: edge, label: label))
    }

    // MARK: Text and legend

    /// Text (markup) at a position. `size` is in points.
    public mutating func text(
        _ text: String, at position: Point, anchor: Anchor = .center, size: Double = 10,
        color: Color = .black, coordinates: Coordinates = .data
    ) {
        items.append(.text(text, at: position, anchor: anchor, size: size, color: color, coordinates: coordinates))
    }

    /// Shows a legend of every labelled item.
    public mutating func legend(position: LegendPosition = .upperLeft) {
        legendPosition = position
    }

    // MARK: Fields

    /// Colours every point of the plot area by the field's value, mapped through `colormap`
    /// with `range` going to 0…1 (nil: the field's own range).
    public mutating func heatmap(
        _ field: Field, colormap: Colormap = .udlLoss, range: ClosedRange<Double>? = nil,
        interpolation: Interpolation = .bilinear, showColorbar: Bool = false,
        colorbarLabel: String? = nil
    ) {
        let r = range ?? field.valueRange ?? 0...1
        items.append(.heatmap(field, colormap: colormap, range: r, interpolation: interpolation))
        if showColorbar { colorbar = ColorbarSpec(colormap: colormap, range: r, label: colorbarLabel, levels: nil) }
    }

    /// Contour lines of the field at the given levels.
    public mutating func contour(
        _ field: Field, levels: [Double], color: Color = .contourGray, width: Double = 1,
        dash: [Double] = []
    ) {
        items.append(.contour(field, levels: levels, style: LineStyle(color: color, width: width, dash: dash)))
    }

    /// Contour lines at `count` evenly spaced levels inside the field's range.
    public mutating func contour(_ field: Field, count: Int, color: Color = .contourGray, width: Double = 1) {
        contour(field, levels: field.evenLevels(count), color: color, width: width)
    }

    /// Bands between consecutive `levels` (sorted ascending), each filled with the colormap's
    /// colour at the band's middle; values outside the first/last level are left empty.
    public mutating func filledContour(
        _ field: Field, levels: [Double], colormap: Colormap = .udlLoss,
        showColorbar: Bool = false, colorbarLabel: String? = nil
    ) {
        let sorted = levels.sorted()
        items.append(.filledContour(field, levels: sorted, colormap: colormap))
        if showColorbar, let lo = sorted.first, let hi = sorted.last, hi > lo {
            colorbar = ColorbarSpec(colormap: colormap, range: lo...hi, label: colorbarLabel, levels: sorted)
        }
    }
}

/// The colour scale drawn to the right of a panel.
struct ColorbarSpec: Sendable {
    var colormap: Colormap
    var range: ClosedRange<Double>
    var label: String?
    /// Band edges for a filled-contour colorbar; nil for a continuous one.
    var levels: [Double]?
}
