import Foundation

extension ResolvedAxes {
    /// Draws the panel into `cell` using the (grid-aligned) margins.
    func draw(on canvas: Canvas, cell: Rect, margins: Margins) {
        let plot = plotRect(in: cell, margins: margins)
        let (xm, ym) = maps(plot)

        canvas.setColor(axes.background)
        canvas.rect(plot)
        canvas.fill()
        if axes.grid { drawGrid(canvas, plot, xm, ym) }

        canvas.save()
        canvas.clip(plot)
        for item in axes.items {
            if case .scatter = item {
                // Markers are not clipped: one centred on the frame shows whole, as in the book.
                canvas.restore()
                drawItem(item, canvas, plot, xm, ym)
                canvas.save()
                canvas.clip(plot)
            } else {
                drawItem(item, canvas, plot, xm, ym)
            }
        }
        canvas.restore()

        if axes.frame {
            canvas.setLine(LineStyle(color: .black, width: 0.8))
            canvas.rect(plot)
            canvas.stroke()
        }
        drawTicks(canvas, plot, xm, ym)
        drawLabels(canvas, cell, plot)
        if let position = axes.legendPosition { drawLegend(canvas, plot, position) }
        if let bar = axes.colorbar { drawColorbar(bar, canvas, plot) }
    }

    private func drawGrid(_ canvas: Canvas, _ plot: Rect, _ xm: AxisMap, _ ym: AxisMap) {
        canvas.setLine(LineStyle(color: Color(0.85, 0.85, 0.85), width: 0.6))
        for t in x.ticks { let p = xm.map(t); canvas.segment(p, plot.y, p, plot.maxY) }
        for t in y.ticks { let p = ym.map(t); canvas.segment(plot.x, p, plot.maxX, p) }
    }

    private func drawTicks(_ canvas: Canvas, _ plot: Rect, _ xm: AxisMap, _ ym: AxisMap) {
        canvas.setLine(LineStyle(color: .black, width: 0.8))
        let labelTop = plot.maxY + Spacing.tickLength + Spacing.tickPad
        for (t, label) in zip(x.ticks, x.labels) {
            let p = xm.map(t)
            canvas.segment(p, plot.maxY, p, plot.maxY + Spacing.tickLength)
            canvas.text(label, p, labelTop, size: fontSize, anchor: .top)
        }
        let labelRight = plot.x - Spacing.tickLength - Spacing.tickPad
        for (t, label) in zip(y.ticks, y.labels) {
            let p = ym.map(t)
            canvas.segment(plot.x - Spacing.tickLength, p, plot.x, p)
            canvas.text(label, labelRight, p, size: fontSize, anchor: .right)
        }
    }

    private func drawLabels(_ canvas: Canvas, _ cell: Rect, _ plot: Rect) {
        if let label = axes.xLabel {
            let tickHeight = x.labels.map { canvas.layout($0, size: fontSize).height }.max() ?? 0
            let top = plot.maxY + Spacing.tickLength + Spacing.tickPad + tickHeight + Spacing.labelPad
            canvas.text(label, plot.midX, top, size: labelSize, anchor: .top)
        }
        if let label = axes.yLabel {
            let right = plot.x - Spacing.tickLength - Spacing.tickPad - yTickWidth(canvas) - Spacing.labelPad
            canvas.text(label, right, plot.midY, size: labelSize, anchor: .bottom, angle: -Double.pi / 2)
        }
        if let title = axes.title {
            canvas.text(title, plot.midX, plot.y - 8, size: titleSize, anchor: .bottom)
        }
        if let letter {
            canvas.text(
                letter + ")", cell.x + Spacing.outer, cell.y + Spacing.outer, size: letterSize, anchor: .topLeft)
        }
    }

    // MARK: Items

    private func drawItem(_ item: Item, _ canvas: Canvas, _ plot: Rect, _ xm: AxisMap, _ ym: AxisMap) {
        switch item {
        case .line(let xs, let ys, let style, _):
            canvas.setLine(style)
            var penDown = false
            for k in xs.indices {
                guard xm.accepts(xs[k]), ym.accepts(ys[k]) else { penDown = false; continue }
                let px = xm.map(xs[k])
                let py = ym.map(ys[k])
                if penDown { canvas.line(px, py) } else { canvas.move(px, py) }
                penDown = true
            }
            canvas.stroke()
        case .scatter(let xs, let ys, let style, _):
            for k in xs.indices where xm.accepts(xs[k]) && ym.accepts(ys[k]) {
                let (px, py) = (xm.map(xs[k]), ym.map(ys[k]))
                let slack = 0.01
                guard px >= plot.x - slack, px <= plot.maxX + slack, py >= plot.y - slack, py <= plot.maxY + slack
                else { continue }
                canvas.marker(style, px, py)
            }
        case .fillBetween(let xs, let lower, let upper, let color, _):
            let ks = xs.indices.filter { xm.accepts(xs[$0]) && ym.accepts(lower[$0]) && ym.accepts(upper[$0]) }
            guard let first = ks.first else { return }
            canvas.move(xm.map(xs[first]), ym.map(upper[first]))
            for k in ks.dropFirst() { canvas.line(xm.map(xs[k]), ym.map(upper[k])) }
            for k in ks.reversed() { canvas.line(xm.map(xs[k]), ym.map(lower[k])) }
            canvas.close()
            canvas.setColor(color)
            canvas.fill()
        case .shadeX(let range, let color, _):
            let a = xm.map(range.lowerBound)
            let b = xm.map(range.upperBound)
            canvas.rect(Rect(x: min(a, b), y: plot.y, width: abs(b - a), height: plot.height))
            canvas.setColor(color)
            canvas.fill()
        case .bars(let xs, let heights, let width, let color, let edge, _):
            let base = ym.map(y.scale == .log ? y.limits.lowerBound : 0)
            for k in xs.indices where ym.accepts(heights[k]) {
                let a = xm.map(xs[k] - width / 2)
                let b = xm.map(xs[k] + width / 2)
                let top = ym.map(heights[k])
                canvas.rect(Rect(x: min(a, b), y: min(base, top), width: abs(b - a), height: abs(top - base)))
                canvas.setColor(color)
                if let edge {
                    canvas.fillPreserve()
                    canvas.setLine(LineStyle(color: edge, width: 0.8))
                    canvas.stroke()
                } else {
                    canvas.fill()
                }
            }
        case .hline(let v, let style):
            canvas.setLine(style)
            canvas.segment(plot.x, ym.map(v), plot.maxX, ym.map(v))
        case .vline(let v, let style):
            canvas.setLine(style)
            canvas.segment(xm.map(v), plot.y, xm.map(v), plot.maxY)
        case .arrow(let from, let to, let color, let width, let headSize):
            drawArrow(canvas, (xm.map(from.x), ym.map(from.y)), (xm.map(to.x), ym.map(to.y)), color, width, headSize)
        case .text(let text, let at, let anchor, let size, let color, let coordinates):
            let px = coordinates == .data ? xm.map(at.x) : plot.x + at.x * plot.width
            let py = coordinates == .data ? ym.map(at.y) : plot.maxY - at.y * plot.height
            canvas.text(text, px, py, size: size, anchor: anchor, color: color)
        case .heatmap(let field, let colormap, let range, let interpolation):
            let span = range.upperBound - range.lowerBound
            rasterize(field, canvas, plot, xm, ym, nearest: interpolation == .nearest) { v in
                colormap.color(at: (v - range.lowerBound) / span)
            }
        case .contour(let field, let levels, let style):
            // One path per level: its lines never cross, so stroking them together draws what
            // stroking each would, and an SVG says the style once. Dashed lines are not thinned:
            // their dashes are laid out along the length, which thinning shortens.
            canvas.setLine(style)
            let tolerance = style.dash.isEmpty ? PolylineThinning.contourTolerance : 0
            for level in levels {
                let lines = field.contourLines(at: level)
                guard !lines.isEmpty else { continue }
                for line in lines {
                    let device = line.points.map {
                        (x: PolylineThinning.hundredths(xm.map($0.x)), y: PolylineThinning.hundredths(ym.map($0.y)))
                    }
                    let thinned = PolylineThinning.thinned(device, tolerance: tolerance)
                    for (k, p) in thinned.enumerated() {
                        if k == 0 { canvas.move(p.x, p.y) } else { canvas.line(p.x, p.y) }
                    }
                    if line.isClosed { canvas.close() }
                }
                canvas.stroke()
            }
        case .filledContour(let field, let levels, let colormap):
            let lo = levels[0]
            let hi = levels[levels.count - 1]
            rasterize(field, canvas, plot, xm, ym, nearest: false, bands: true) { v in
                guard v >= lo, v <= hi else { return nil }
                var band = 0
                while band < levels.count - 2 && v >= levels[band + 1] { band += 1 }
                return colormap.color(at: ((levels[band] + levels[band + 1]) / 2 - lo) / (hi - lo))
            }
        }
    }

    /// Samples the field on a grid of `density` pixels per point over the plot area and paints
    /// the result, with a border of one pixel copied from the edge all round that the plot's clip
    /// cuts off: a renderer that smooths the image fades its edge pixels towards transparent, and
    /// the fade then falls outside the plot instead of showing as a pale rim inside the frame.
    ///
    /// A PNG gets 2 pixels per point, its own pixels. An SVG or PDF gets `Canvas.rasterDensity`
    /// for a smooth heatmap (a renderer interpolates between its pixels when zooming in), but 2
    /// for fields drawn in cells or bands, whose sharp edges need the resolution.
    private func rasterize(
        _ field: Field, _ canvas: Canvas, _ plot: Rect, _ xm: AxisMap, _ ym: AxisMap,
        nearest: Bool, bands: Bool = false, color: (Double) -> Color?
    ) {
        let density = nearest || bands ? 2 : canvas.rasterDensity
        let w = Int((plot.width * density).rounded(.up))
        let h = Int((plot.height * density).rounded(.up))
        // A last pixel whose centre lies beyond the plot's edge takes the colour at the edge.
        let dataX = (0..<w).map { xm.unmap(min(plot.x + (Double($0) + 0.5) / density, plot.maxX)) }
        let dataY = (0..<h).map { ym.unmap(min(plot.y + (Double($0) + 0.5) / density, plot.maxY)) }
        let colors = field.sampled(x: dataX, y: dataY, nearest: nearest).map { v in v.isFinite ? color(v) : nil }
        let pixel = 1 / density
        canvas.paintImage(
            pixelWidth: w + 2, pixelHeight: h + 2,
            into: Rect(
                x: plot.x - pixel, y: plot.y - pixel, width: Double(w + 2) * pixel, height: Double(h + 2) * pixel),
            smooth: !nearest
        ) { px, py in colors[min(max(py - 1, 0), h - 1) * w + min(max(px - 1, 0), w - 1)] }
    }

    private func drawArrow(
        _ canvas: Canvas, _ a: (Double, Double), _ b: (Double, Double), _ color: Color,
        _ width: Double, _ head: Double
    ) {
        let dx = b.0 - a.0
        let dy = b.1 - a.1
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        let ux = dx / length
        let uy = dy / length
        let baseX = b.0 - ux * head
        let baseY = b.1 - uy * head
        canvas.setLine(LineStyle(color: color, width: width))
        canvas.segment(a.0, a.1, baseX + ux * 0.5, baseY + uy * 0.5)
        let half = head * 0.4
        canvas.move(b.0, b.1)
        canvas.line(baseX - uy * half, baseY + ux * half)
        canvas.line(baseX + uy * half, baseY - ux * half)
        canvas.close()
        canvas.fill()
    }
}
