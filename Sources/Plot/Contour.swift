/// One connected piece of a contour line: a polyline, closed when it returns to its start.
public struct ContourLine: Sendable {
    public var level: Double
    /// The vertices; for a closed line the first point is repeated at the end.
    public var points: [Point]
    public var isClosed: Bool
}

extension Field {
    /// The lines where the field crosses `level`, by marching squares with linear
    /// interpolation along cell edges. Saddle cells are resolved by the cell-centre average.
    /// Segments are joined into polylines through the grid edges they share, so a level
    /// set that stays inside the grid comes back as one closed line.
    public func contourLines(at level: Double) -> [ContourLine] {
        let nx = xs.count
        let ny = ys.count
        guard nx >= 2, ny >= 2, values.count == nx * ny else { return [] }
        let verticalBase = nx * ny
        var segments: [(Int, Int)] = []
        var crossing: [Int: Point] = [:]

        // Returns the id of the edge between two grid points when the level crosses it.
        func edge(_ i0: Int, _ j0: Int, _ i1: Int, _ j1: Int) -> Int? {
            let a = self[i0, j0]
            let b = self[i1, j1]
            guard (a > level) != (b > level) else { return nil }
            let id = j0 == j1 ? j0 * nx + i0 : verticalBase + j0 * nx + i0
            if crossing[id] == nil {
                let t = (level - a) / (b - a)
                crossing[id] = Point(xs[i0] + (xs[i1] - xs[i0]) * t, ys[j0] + (ys[j1] - ys[j0]) * t)
            }
            return id
        }

        // Which grid points lie above the level; a cell whose four corners agree has no crossing,
        // and most cells are like that, so they are skipped before any edge is looked at.
        let above = values.map { $0 > level }
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                let corner = above[j * nx + i]
                if above[j * nx + i + 1] == corner && above[(j + 1) * nx + i] == corner
                    && above[(j + 1) * nx + i + 1] == corner
                {
                    continue
                }
                let bottom = edge(i, j, i + 1, j)
                let right = edge(i + 1, j, i + 1, j + 1)
                let top = edge(i, j + 1, i + 1, j + 1)
                let left = edge(i, j, i, j + 1)
                let crossed = [bottom, right, top, left].compactMap { $0 }
                if crossed.count == 2 {
                    segments.append((crossed[0], crossed[1]))
                } else if crossed.count == 4, let bottom, let right, let top, let left {
                    let centre = (self[i, j] + self[i + 1, j] + self[i, j + 1] + self[i + 1, j + 1]) / 4
                    if (centre > level) == (self[i, j] > level) {
                        segments.append((bottom, right)); segments.append((top, left))
                    } else {
                        segments.append((left, bottom)); segments.append((right, top))
                    }
                }
            }
        }
        return joinSegments(segments, crossing: crossing, level: level)
    }

    /// Contour lines for every level in `levels`.
    public func contourLines(levels: [Double]) -> [ContourLine] {
        levels.flatMap { contourLines(at: $0) }
    }
}

/// Chains segments that share an edge id into polylines: open chains start at an edge
/// used by only one segment (the grid border), the rest are closed loops.
private func joinSegments(_ segments: [(Int, Int)], crossing: [Int: Point], level: Double) -> [ContourLine] {
    var byEdge: [Int: [Int]] = [:]
    for (k, s) in segments.enumerated() {
        byEdge[s.0, default: []].append(k)
        byEdge[s.1, default: []].append(k)
    }
    var used = [Bool](repeating: false, count: segments.count)
    var lines: [ContourLine] = []

    func walk(from startEdge: Int) -> ContourLine {
        var ids = [startEdge]
        var current = startEdge
        while let next = byEdge[current]?.first(where: { !used[$0] }) {
            used[next] = true
            let s = segments[next]
            current = s.0 == current ? s.1 : s.0
            ids.append(current)
        }
        let closed = ids.count > 2 && ids.first == ids.last
        return ContourLine(level: level, points: ids.compactMap { crossing[$0] }, isClosed: closed)
    }

    let openEnds = byEdge.filter { $0.value.count == 1 }.keys.sorted()
    for start in openEnds where byEdge[start]!.contains(where: { !used[$0] }) {
        lines.append(walk(from: start))
    }
    for k in segments.indices where !used[k] {
        lines.append(walk(from: segments[k].0))
    }
    return lines
}
