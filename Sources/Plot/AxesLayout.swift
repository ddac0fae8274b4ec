/// Space around a plot area, in points.
struct Margins {
    var left = 0.0, right = 0.0, top = 0.0, bottom = 0.0
}

/// Fixed distances used when laying out a panel, in points.
enum Spacing {
    static let outer = 6.0
    static let tickLength = 4.0
    static let tickPad = 3.0
    static let labelPad = 5.0
    static let colorbarGap = 12.0
    static let colorbarWidth = 12.0
}

/// An `Axes` with its axes resolved, ready to be measured and drawn.
struct ResolvedAxes {
    var axes: Axes
    var x: AxisSetup
    var y: AxisSetup
    var fontSize: Double
    /// The panel letter to draw ("a"), if any.
    var letter: String?

    init(_ axes: Axes, fontSize: Double, letter: String?) throws {
        for item in axes.items { try item.validate() }
        let extents = axes.items.map(\.extent)
        // Fields fill the plot area exactly; other data gets a small margin.
        let hasField = axes.items.contains {
            switch $0 {
            case .heatmap, .contour, .filledContour: true
            default: false
            }
        }
        let padded = !hasField
        x = try AxisSetup(
            name: "x", limits: axes.xLimits, scale: axes.xScale, ticks: axes.xTicks,
            labels: axes.xTickLabels, extents: extents.compactMap(\.x), padded: padded)
        y = try AxisSetup(
            name: "y", limits: axes.yLimits, scale: axes.yScale, ticks: axes.yTicks,
            labels: axes.yTickLabels, extents: extents.compactMap(\.y), padded: padded)
        self.axes = axes
        self.fontSize = fontSize
        self.letter = letter
    }

    var titleSize: Double { fontSize + 1 }
    var labelSize: Double { fontSize + 1 }
    var letterSize: Double { fontSize + 2 }

    /// Width of the widest y tick label.
    func yTickWidth(_ canvas: Canvas) -> Double {
        y.labels.map { canvas.layout($0, size: fontSize).width }.max() ?? 0
    }

    /// The room needed around the plot area for ticks, labels, title, letter and colorbar.
    func margins(_ canvas: Canvas) -> Margins {
        var m = Margins()
        m.left = Spacing.outer + Spacing.tickLength + Spacing.tickPad + yTickWidth(canvas)
        if let label = axes.yLabel { m.left += canvas.layout(label, size: labelSize).height + Spacing.labelPad }

        let xTickHeight = x.labels.map { canvas.layout($0, size: fontSize).height }.max() ?? 0
        m.bottom = Spacing.outer + Spacing.tickLength + Spacing.tickPad + xTickHeight
        if let label = axes.xLabel { m.bottom += canvas.layout(label, size: labelSize).height + Spacing.labelPad }

        var band = 0.0
        if let title = axes.title { band = canvas.layout(title, size: titleSize).height }
        if let letter { band = max(band, canvas.layout(letter + ")", size: letterSize).height) }
        m.top = Spacing.outer + band + (band > 0 ? 8 : 4)

        let lastLabel = x.labels.last.map { canvas.layout($0, size: fontSize).width / 2 } ?? 0
        m.right = Spacing.outer + max(6, lastLabel)
        if let bar = axes.colorbar { m.right = Spacing.outer + colorbarWidth(bar, canvas) }
        return m
    }

    /// Horizontal space taken by a colorbar with its ticks and label.
    func colorbarWidth(_ bar: ColorbarSpec, _ canvas: Canvas) -> Double {
        let labels = Ticks.labels(Ticks.nice(in: bar.range))
        var w = Spacing.colorbarGap + Spacing.colorbarWidth + Spacing.tickLength + Spacing.tickPad
        w += labels.map { canvas.layout($0, size: fontSize).width }.max() ?? 0
        if let label = bar.label { w += Spacing.labelPad + canvas.layout(label, size: labelSize).height }
        return w
    }

    /// The plot area inside `cell`, shrunk to equal data units when the aspect asks for it.
    func plotRect(in cell: Rect, margins m: Margins) -> Rect {
        var r = Rect(
            x: cell.x + m.left, y: cell.y + m.top,
            width: max(10, cell.width - m.left - m.right), height: max(10, cell.height - m.top - m.bottom))
        if axes.aspect == .equal, x.scale == .linear, y.scale == .linear {
            let xSpan = x.limits.upperBound - x.limits.lowerBound
            let ySpan = y.limits.upperBound - y.limits.lowerBound
            let unit = min(r.width / xSpan, r.height / ySpan)
            let w = xSpan * unit
            let h = ySpan * unit
            r = Rect(x: r.x + (r.width - w) / 2, y: r.y + (r.height - h) / 2, width: w, height: h)
        }
        return r
    }

    func maps(_ plot: Rect) -> (x: AxisMap, y: AxisMap) {
        let xm = AxisMap(
            lower: x.limits.lowerBound, upper: x.limits.upperBound, scale: x.scale,
            start: axes.invertX ? plot.maxX : plot.x, end: axes.invertX ? plot.x : plot.maxX)
        let ym = AxisMap(
            lower: y.limits.lowerBound, upper: y.limits.upperBound, scale: y.scale,
            start: axes.invertY ? plot.y : plot.maxY, end: axes.invertY ? plot.maxY : plot.y)
        return (xm, ym)
    }
}
