import Foundation

/// An orthographic camera for a `Surface3D`: data → unit box → rotated view → device.
private struct Camera {
    var surface: Surface3D
    var xRange: ClosedRange<Double>
    var yRange: ClosedRange<Double>
    var zRange: ClosedRange<Double>
    var scale = 1.0
    var centre = (x: 0.0, y: 0.0)

    /// Box coordinates in −1…1 (z in −0.75…0.75, a flatter box like matplotlib's).
    func box(_ x: Double, _ y: Double, _ z: Double) -> (Double, Double, Double) {
        func unit(_ v: Double, _ r: ClosedRange<Double>, _ flip: Bool) -> Double {
            let u = 2 * (v - r.lowerBound) / (r.upperBound - r.lowerBound) - 1
            return flip ? -u : u
        }
        return (unit(x, xRange, surface.invertX), unit(y, yRange, surface.invertY), 0.75 * unit(z, zRange, false))
    }

    /// Screen position (before scaling; y up) and depth (larger is nearer the viewer).
    func view(_ b: (Double, Double, Double)) -> (sx: Double, sy: Double, depth: Double) {
        let az = surface.azimuth * .pi / 180
        let el = surface.elevation * .pi / 180
        let sx = -sin(az) * b.0 + cos(az) * b.1
        let along = cos(az) * b.0 + sin(az) * b.1
        let sy = -sin(el) * along + cos(el) * b.2
        let depth = cos(el) * along + sin(el) * b.2
        return (sx, sy, depth)
    }

    func device(_ x: Double, _ y: Double, _ z: Double) -> (Double, Double) {
        let v = view(box(x, y, z))
        return (centre.x + scale * v.sx, centre.y - scale * v.sy)
    }
}

extension Surface3D {
    /// Draws the box, the shaded surface (painter's algorithm), markers, labels and letter.
    func draw(on canvas: Canvas, cell: Rect, fontSize: Double, letter: String?) throws {
        try field.validate("surface")
        guard let valueRange = field.valueRange else { throw PlotError.invalidData("surface: no finite values") }
        let zRange = zLimits ?? valueRange
        let colours = colorRange ?? valueRange
        guard zRange.upperBound > zRange.lowerBound, colours.upperBound > colours.lowerBound else {
            throw PlotError.invalidData("surface: the field is flat; set zLimits and colorRange")
        }
        var camera = Camera(
            surface: self, xRange: field.xs[0]...field.xs[field.nx - 1],
            yRange: field.ys[0]...field.ys[field.ny - 1], zRange: zRange)

        // Fit the projected box into the cell, leaving room for the title, letter and labels.
        let corners = [-1.0, 1].flatMap { x in
            [-1.0, 1].flatMap { y in [-0.75, 0.75].map { z in camera.view((x, y, z)) } }
        }
        let minX = corners.map(\.sx).min()!
        let maxX = corners.map(\.sx).max()!
        let minY = corners.map(\.sy).min()!
        let maxY = corners.map(\.sy).max()!
        let top = cell.y + Spacing.outer + fontSize * (title == nil ? 1.6 : 3)
        let area = Rect(
            x: cell.x + 3.2 * fontSize, y: top, width: cell.width - 6.4 * fontSize,
            height: cell.maxY - top - 3.6 * fontSize)
        camera.scale = min(area.width / (maxX - minX), area.height / (maxY - minY))
        camera.centre = (area.midX - camera.scale * (minX + maxX) / 2, area.midY + camera.scale * (minY + maxY) / 2)

        drawPanes(canvas, camera, fontSize: fontSize)
        drawSurfaceAndOverlays(canvas, camera, colours: colours)
        if let title {
            canvas.text(title, cell.midX, cell.y + Spacing.outer + fontSize * 1.6, size: fontSize + 1, anchor: .center)
        }
        if let letter {
            canvas.text(
                letter + ")", cell.x + Spacing.outer, cell.y + Spacing.outer, size: fontSize + 2, anchor: .topLeft)
        }
    }

    /// Everything inside the box in one painter's pass, far to near: the grid quads, coloured by
    /// mean height and darkened by their tilt to the light, and the markers and path segments.
    /// Sorting the overlays with the quads lets a ridge in front hide a point behind it. An
    /// overlay lying on the surface is moved a little towards the viewer, about one grid cell,
    /// so that it is drawn after the quad it sits on.
    private func drawSurfaceAndOverlays(_ canvas: Canvas, _ camera: Camera, colours: ClosedRange<Double>) {
        enum Item {
            case quad(corners: [(Double, Double)], colour: Color)
            case marker(at: (Double, Double), style: MarkerStyle)
            case segment(from: (Double, Double), to: (Double, Double), style: LineStyle)
        }
        var items: [(depth: Double, item: Item)] = []
        let light = normalised((-0.4, 0.3, 1.0))
        items.reserveCapacity((field.nx - 1) * (field.ny - 1) + markers.count)
        for j in 0..<(field.ny - 1) {
            for i in 0..<(field.nx - 1) {
                let ids = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)]
                let values = ids.map { field[$0.0, $0.1] }
                guard values.allSatisfy(\.isFinite) else { continue }
                let boxes = zip(ids, values).map { camera.box(field.xs[$0.0.0], field.ys[$0.0.1], $0.1) }
                let views = boxes.map(camera.view)
                let n = normalised(cross(sub(boxes[2], boxes[0]), sub(boxes[3], boxes[1])))
                let lambert = abs(dot(n, light))
                let mean = values.reduce(0, +) / 4
                let base = colormap.color(at: (mean - colours.lowerBound) / (colours.upperBound - colours.lowerBound))
                let corners = views.map {
                    (camera.centre.x + camera.scale * $0.sx, camera.centre.y - camera.scale * $0.sy)
                }
                items.append(
                    (
                        views.map(\.depth).reduce(0, +) / 4,
                        .quad(corners: corners, colour: base.scaled(1 - shading + shading * lambert))
                    ))
            }
        }
        let lift = 3 / Double(max(2, min(field.nx, field.ny)) - 1)
        func placed(_ x: Double, _ y: Double, _ z: Double) -> (point: (Double, Double), depth: Double) {
            let v = camera.view(camera.box(x, y, z))
            return ((camera.centre.x + camera.scale * v.sx, camera.centre.y - camera.scale * v.sy), v.depth + lift)
        }
        for path in paths {
            let points = (0..<min(path.x.count, path.y.count, path.z.count)).map {
                placed(path.x[$0], path.y[$0], path.z[$0])
            }
            for (a, b) in zip(points, points.dropFirst()) {
                items.append(((a.depth + b.depth) / 2, .segment(from: a.point, to: b.point, style: path.style)))
            }
        }
        for m in markers {
            let p = placed(m.x, m.y, m.z)
            items.append((p.depth, .marker(at: p.point, style: m.style)))
        }
        items.sort { $0.depth < $1.depth }
        canvas.setDash([])
        for (_, item) in items {
            switch item {
            case .quad(let corners, let colour):
                canvas.move(corners[0].0, corners[0].1)
                for c in corners.dropFirst() { canvas.line(c.0, c.1) }
                canvas.close()
                canvas.setColor(colour)
                canvas.fillPreserve()
                if let wireframe {
                    canvas.setColor(wireframe)
                    canvas.setLineWidth(0.4)
                } else {
                    // A hairline in the quad's own colour hides the seams between neighbours.
                    canvas.setLineWidth(0.3)
                }
                canvas.stroke()
            case .marker(let point, let style):
                canvas.marker(style, point.0, point.1)
            case .segment(let from, let to, let style):
                canvas.setLine(style)
                canvas.move(from.0, from.1)
                canvas.line(to.0, to.1)
                canvas.stroke()
                canvas.setDash([])
            }
        }
    }

    /// The three far faces of the box in light gray with tick grid lines, then tick labels and
    /// axis labels along the near edges of the floor and a vertical edge.
    private func drawPanes(_ canvas: Canvas, _ camera: Camera, fontSize: Double) {
        let xr = camera.xRange
        let yr = camera.yRange
        let zr = camera.zRange
        let xFar =
            camera.view(camera.box(xr.lowerBound, 0, 0)).depth < camera.view(camera.box(xr.upperBound, 0, 0)).depth
            ? xr.lowerBound : xr.upperBound
        let yFar =
            camera.view(camera.box(xr.lowerBound, yr.lowerBound, 0)).depth
                < camera.view(camera.box(xr.lowerBound, yr.upperBound, 0)).depth ? yr.lowerBound : yr.upperBound
        let xNear = xFar == xr.lowerBound ? xr.upperBound : xr.lowerBound
        let yNear = yFar == yr.lowerBound ? yr.upperBound : yr.lowerBound
        let z0 = zr.lowerBound
        let z1 = zr.upperBound

        func polygon(_ points: [(Double, Double, Double)]) {
            for (k, p) in points.enumerated() {
                let d = camera.device(p.0, p.1, p.2)
                if k == 0 { canvas.move(d.0, d.1) } else { canvas.line(d.0, d.1) }
            }
            canvas.close()
        }
        func segment(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) {
            let p = camera.device(a.0, a.1, a.2)
            let q = camera.device(b.0, b.1, b.2)
            canvas.segment(p.0, p.1, q.0, q.1)
        }

        let panes = [
            [
                (xr.lowerBound, yr.lowerBound, z0), (xr.upperBound, yr.lowerBound, z0),
                (xr.upperBound, yr.upperBound, z0), (xr.lowerBound, yr.upperBound, z0),
            ],
            [
                (xFar, yr.lowerBound, z0), (xFar, yr.upperBound, z0), (xFar, yr.upperBound, z1),
                (xFar, yr.lowerBound, z1),
            ],
            [
                (xr.lowerBound, yFar, z0), (xr.upperBound, yFar, z0), (xr.upperBound, yFar, z1),
                (xr.lowerBound, yFar, z1),
            ],
        ]
        for pane in panes {
            polygon(pane)
            canvas.setColor(Color(0.95, 0.95, 0.95))
            canvas.fillPreserve()
            canvas.setLine(LineStyle(color: Color(0.7, 0.7, 0.7), width: 0.6))
            canvas.stroke()
        }

        let xTicks = Ticks.nice(in: xr, target: 4)
        let yTicks = Ticks.nice(in: yr, target: 4)
        let zTicks = Ticks.nice(in: zr, target: 4)
        canvas.setLine(LineStyle(color: Color(0.82, 0.82, 0.82), width: 0.5))
        for t in xTicks {
            segment((t, yr.lowerBound, z0), (t, yr.upperBound, z0)); segment((t, yFar, z0), (t, yFar, z1))
        }
        for t in yTicks {
            segment((xr.lowerBound, t, z0), (xr.upperBound, t, z0)); segment((xFar, t, z0), (xFar, t, z1))
        }
        for t in zTicks {
            segment((xFar, yr.lowerBound, t), (xFar, yr.upperBound, t))
            segment((xr.lowerBound, yFar, t), (xr.upperBound, yFar, t))
        }

        // Tick and axis labels sit outside the near floor edges, pushed along the edge's
        // outward normal by enough to clear the edge whatever the label's size.
        let centre = camera.device((xr.lowerBound + xr.upperBound) / 2, (yr.lowerBound + yr.upperBound) / 2, z0)
        let small = fontSize - 1
        func outward(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) -> (Double, Double) {
            let p = camera.device(a.0, a.1, a.2)
            let q = camera.device(b.0, b.1, b.2)
            var n = (-(q.1 - p.1), q.0 - p.0)
            let length = max(1e-9, (n.0 * n.0 + n.1 * n.1).squareRoot())
            n = (n.0 / length, n.1 / length)
            let mid = ((p.0 + q.0) / 2 - centre.0, (p.1 + q.1) / 2 - centre.1)
            return n.0 * mid.0 + n.1 * mid.1 < 0 ? (-n.0, -n.1) : n
        }
        func place(
            _ text: String, at p: (Double, Double, Double), normal n: (Double, Double), gap: Double,
            size: Double
        ) {
            let layout = canvas.layout(text, size: size)
            let push = gap + abs(n.0) * layout.width / 2 + abs(n.1) * layout.height / 2
            let d = camera.device(p.0, p.1, p.2)
            canvas.text(text, d.0 + n.0 * push, d.1 + n.1 * push, size: size, anchor: .center)
        }
        func depthOfLabels(_ labels: [String], _ n: (Double, Double)) -> Double {
            labels.map {
                let l = canvas.layout($0, size: small); return abs(n.0) * l.width + abs(n.1) * l.height
            }
            .max() ?? 0
        }
        let xMid = (xr.lowerBound + xr.upperBound) / 2
        let yMid = (yr.lowerBound + yr.upperBound) / 2
        let xNormal = outward((xr.lowerBound, yNear, z0), (xr.upperBound, yNear, z0))
        let yNormal = outward((xNear, yr.lowerBound, z0), (xNear, yr.upperBound, z0))
        let xLabels = Ticks.labels(xTicks)
        let yLabels = Ticks.labels(yTicks)
        for (t, s) in zip(xTicks, xLabels) { place(s, at: (t, yNear, z0), normal: xNormal, gap: 5, size: small) }
        // The near corner belongs to both floor edges; when x has a label there, y skips its own.
        let cornerTaken = xTicks.contains { abs($0 - xNear) < 1e-9 * (xr.upperBound - xr.lowerBound) }
        for (t, s) in zip(yTicks, yLabels)
        where !(cornerTaken && abs(t - yNear) < 1e-9 * (yr.upperBound - yr.lowerBound)) {
            place(s, at: (xNear, t, z0), normal: yNormal, gap: 5, size: small)
        }
        if let xLabel {
            place(
                xLabel, at: (xMid, yNear, z0), normal: xNormal, gap: 10 + depthOfLabels(xLabels, xNormal),
                size: fontSize + 1)
        }
        if let yLabel {
            place(
                yLabel, at: (xNear, yMid, z0), normal: yNormal, gap: 10 + depthOfLabels(yLabels, yNormal),
                size: fontSize + 1)
        }

        // The z axis runs up the vertical edge at (xNear, yFar) or (xFar, yNear), whichever is further left.
        let edgeA = camera.device(xNear, yFar, z0)
        let edgeB = camera.device(xFar, yNear, z0)
        let (zx, zy) = edgeA.0 < edgeB.0 ? (xNear, yFar) : (xFar, yNear)
        // A z tick at the floor would collide with the floor's labels, so it is left out.
        for (t, s) in zip(zTicks, Ticks.labels(zTicks)) where t > z0 {
            let d = camera.device(zx, zy, t)
            canvas.text(s, d.0 - 4, d.1, size: small, anchor: .right)
        }
        if let zLabel {
            let d = camera.device(zx, zy, (z0 + z1) / 2)
            let widest = Ticks.labels(zTicks).map { canvas.layout($0, size: small).width }.max() ?? 0
            canvas.text(zLabel, d.0 - 8 - widest, d.1, size: fontSize + 1, anchor: .bottom, angle: -Double.pi / 2)
        }
    }
}

private typealias Vec = (Double, Double, Double)
private func sub(_ a: Vec, _ b: Vec) -> Vec { (a.0 - b.0, a.1 - b.1, a.2 - b.2) }
private func dot(_ a: Vec, _ b: Vec) -> Double { a.0 * b.0 + a.1 * b.1 + a.2 * b.2 }
private func cross(_ a: Vec, _ b: Vec) -> Vec { (a.1 * b.2 - a.2 * b.1, a.2 * b.0 - a.0 * b.2, a.0 * b.1 - a.1 * b.0) }
private func normalised(_ a: Vec) -> Vec {
    let n = max(1e-12, dot(a, a).squareRoot())
    return (a.0 / n, a.1 / n, a.2 / n)
}
