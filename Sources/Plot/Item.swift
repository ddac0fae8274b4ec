/// One thing drawn inside an `Axes`, in the order it was added.
enum Item: Sendable {
    case line(x: [Double], y: [Double], style: LineStyle, label: String?)
    case scatter(x: [Double], y: [Double], style: MarkerStyle, label: String?)
    case fillBetween(x: [Double], lower: [Double], upper: [Double], color: Color, label: String?)
    case shadeX(range: ClosedRange<Double>, color: Color, label: String?)
    case bars(x: [Double], heights: [Double], width: Double, color: Color, edge: Color?, label: String?)
    case hline(y: Double, style: LineStyle)
    case vline(x: Double, style: LineStyle)
    case arrow(from: Point, to: Point, color: Color, width: Double, headSize: Double)
    case text(String, at: Point, anchor: Anchor, size: Double, color: Color, coordinates: Coordinates)
    case heatmap(Field, colormap: Colormap, range: ClosedRange<Double>, interpolation: Interpolation)
    case contour(Field, levels: [Double], style: LineStyle)
    case filledContour(Field, levels: [Double], colormap: Colormap)

    var label: String? {
        switch self {
        case .line(_, _, _, let label), .scatter(_, _, _, let label), .fillBetween(_, _, _, _, let label),
            .shadeX(_, _, let label), .bars(_, _, _, _, _, let label):
            label
        default: nil
        }
    }

    /// The data extent used for automatic limits: (x range, y range), either may be nil.
    var extent: (x: ClosedRange<Double>?, y: ClosedRange<Double>?) {
        switch self {
        case .line(let x, let y, _, _), .scatter(let x, let y, _, _):
            (span(x), span(y))
        case .fillBetween(let x, let lower, let upper, _, _):
            (span(x), span(lower + upper))
        case .bars(let x, let heights, let width, _, _, _):
            (span(x.map { $0 - width / 2 } + x.map { $0 + width / 2 }), span(heights + [0]))
        case .hline(let y, _): (nil, y...y)
        case .vline(let x, _): (x...x, nil)
        case .shadeX(let range, _, _): (range, nil)
        case .arrow(let a, let b, _, _, _): (span([a.x, b.x]), span([a.y, b.y]))
        case .text: (nil, nil)
        case .heatmap(let f, _, _, _), .contour(let f, _, _), .filledContour(let f, _, _):
            (span(f.xs), span(f.ys))
        }
    }

    /// Throws when the item's arrays do not fit together.
    func validate() throws {
        func same(_ a: Int, _ b: Int, _ what: String) throws {
            guard a == b else { throw PlotError.invalidData("\(what): x has \(a) values, y has \(b)") }
        }
        switch self {
        case .line(let x, let y, _, _): try same(x.count, y.count, "line")
        case .scatter(let x, let y, _, _): try same(x.count, y.count, "scatter")
        case .fillBetween(let x, let lower, let upper, _, _):
            try same(x.count, lower.count, "fillBetween lower"); try same(x.count, upper.count, "fillBetween upper")
        case .bars(let x, let heights, _, _, _, _): try same(x.count, heights.count, "bars")
        case .heatmap(let f, _, let range, _):
            try f.validate("heatmap")
            guard range.upperBound > range.lowerBound else {
                throw PlotError.invalidData("heatmap: colour range \(range) is empty")
            }
        case .contour(let f, _, _): try f.validate("contour")
        case .filledContour(let f, let levels, _):
            try f.validate("filledContour")
            guard levels.count >= 2 else { throw PlotError.invalidData("filledContour: needs at least 2 levels") }
        default: break
        }
    }
}

private func span(_ values: [Double]) -> ClosedRange<Double>? {
    var lo = Double.infinity
    var hi = -Double.infinity
    for v in values where v.isFinite { lo = min(lo, v); hi = max(hi, v) }
    return lo <= hi ? lo...hi : nil
}
