extension ResolvedAxes {
    /// Draws a framed box listing every labelled item with a sample of its style.
    func drawLegend(_ canvas: Canvas, _ plot: Rect, _ position: LegendPosition) {
        let entries = axes.items.compactMap { item in item.label.map { (item, $0) } }
        guard !entries.isEmpty else { return }
        let sample = 22.0
        let gap = 6.0
        let pad = 6.0
        let inset = 6.0
        let rowHeight = fontSize * 1.5
        let textWidth = entries.map { canvas.layout($0.1, size: fontSize).width }.max() ?? 0
        let width = pad + sample + gap + textWidth + pad
        let height = 2 * pad + rowHeight * Double(entries.count) - (rowHeight - fontSize)
        let x: Double =
            switch position {
            case .upperLeft, .lowerLeft: plot.x + inset
            case .upperRight, .lowerRight: plot.maxX - inset - width
            case .upperCenter, .lowerCenter: plot.midX - width / 2
            }
        let y: Double =
            switch position {
            case .upperLeft, .upperRight, .upperCenter: plot.y + inset
            case .lowerLeft, .lowerRight, .lowerCenter: plot.maxY - inset - height
            }
        let box = Rect(x: x, y: y, width: width, height: height)
        canvas.rect(box)
        canvas.setColor(Color.white.withAlpha(0.85))
        canvas.fillPreserve()
        canvas.setLine(LineStyle(color: Color(0.75, 0.75, 0.75), width: 0.8))
        canvas.stroke()

        for (row, (item, label)) in entries.enumerated() {
            let cy = y + pad + fontSize / 2 + Double(row) * rowHeight
            let sx = x + pad
            switch item {
            case .line(_, _, let style, _):
                canvas.setLine(style)
                canvas.segment(sx, cy, sx + sample, cy)
            case .scatter(_, _, let style, _):
                canvas.marker(style, sx + sample / 2, cy)
            case .fillBetween(_, _, _, let color, _), .shadeX(_, let color, _), .bars(_, _, _, let color, _, _):
                canvas.rect(Rect(x: sx + 2, y: cy - fontSize * 0.4, width: sample - 4, height: fontSize * 0.8))
                canvas.setColor(color)
                canvas.fill()
            default:
                break
            }
            canvas.text(label, sx + sample + gap, cy, size: fontSize, anchor: .left)
        }
    }

    /// Draws the colour scale to the right of the plot area, with ticks and an optional label.
    func drawColorbar(_ bar: ColorbarSpec, _ canvas: Canvas, _ plot: Rect) {
        let rect = Rect(
            x: plot.maxX + Spacing.colorbarGap, y: plot.y, width: Spacing.colorbarWidth, height: plot.height)
        let lo = bar.range.lowerBound
        let span = bar.range.upperBound - lo
        func yOf(_ v: Double) -> Double { rect.maxY - (v - lo) / span * rect.height }

        if let levels = bar.levels {
            for k in 0..<(levels.count - 1) {
                let top = yOf(levels[k + 1])
                let bottom = yOf(levels[k])
                canvas.rect(Rect(x: rect.x, y: top, width: rect.width, height: bottom - top))
                canvas.setColor(bar.colormap.color(at: ((levels[k] + levels[k + 1]) / 2 - lo) / span))
                canvas.fill()
            }
        } else {
            let steps = 256
            canvas.paintImage(pixelWidth: 1, pixelHeight: steps, into: rect, smooth: true) { _, py in
                bar.colormap.color(at: 1 - (Double(py) + 0.5) / Double(steps))
            }
        }
        canvas.setLine(LineStyle(color: .black, width: 0.8))
        canvas.rect(rect)
        canvas.stroke()

        let ticks = Ticks.nice(in: bar.range)
        var widest = 0.0
        for (t, label) in zip(ticks, Ticks.labels(ticks)) {
            let p = yOf(t)
            canvas.segment(rect.maxX, p, rect.maxX + Spacing.tickLength, p)
            canvas.text(label, rect.maxX + Spacing.tickLength + Spacing.tickPad, p, size: fontSize, anchor: .left)
            widest = max(widest, canvas.layout(label, size: fontSize).width)
        }
        if let label = bar.label {
            let x = rect.maxX + Spacing.tickLength + Spacing.tickPad + widest + Spacing.labelPad
            canvas.text(label, x, rect.midY, size: labelSize, anchor: .top, angle: -Double.pi / 2)
        }
    }
}
