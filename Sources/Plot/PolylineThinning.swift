/// Thinning of the polylines marching squares makes (`Field.contourLines`): on a fine grid a
/// contour has a vertex in every cell it crosses, most of them on a line with their neighbours.
/// The Douglas–Peucker algorithm keeps the ends and, recursively, the vertex farthest from the
/// chord between two kept vertices while that distance exceeds the tolerance, so the thinned
/// line never strays more than the tolerance from the original.
///
/// The points are device coordinates already rounded to hundredths (the precision an SVG
/// carries, `roundingSVGNumbers`), so which vertices survive depends on those rounded numbers
/// only, not on the last bits of the computation that made the field.
enum PolylineThinning {
    /// The farthest a thinned contour strays from the full one, in points (CSS pixels at 100 %):
    /// a fifth of a pixel at 4× zoom, a tenth of one in the PNG.
    static let contourTolerance = 0.05

    /// The vertices of `points` that Douglas–Peucker keeps at `tolerance`, in order; the first
    /// and last are always kept.
    static func thinned(_ points: [(x: Double, y: Double)], tolerance: Double) -> [(x: Double, y: Double)] {
        guard points.count > 2 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var pending = [(0, points.count - 1)]
        while let (first, last) = pending.popLast() {
            guard last - first > 1 else { continue }
            var farthest = first
            var largest = -1.0
            for k in (first + 1)..<last {
                let distance = distanceToSegment(points[k], points[first], points[last])
                if distance > largest { (largest, farthest) = (distance, k) }
            }
            if largest > tolerance {
                keep[farthest] = true
                pending.append((first, farthest))
                pending.append((farthest, last))
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    /// The distance from `p` to the segment from `a` to `b` (to `a` when the two coincide, as
    /// the ends of a closed line do).
    static func distanceToSegment(
        _ p: (x: Double, y: Double), _ a: (x: Double, y: Double), _ b: (x: Double, y: Double)
    ) -> Double {
        let (dx, dy) = (b.x - a.x, b.y - a.y)
        let squaredLength = dx * dx + dy * dy
        var t = squaredLength > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / squaredLength : 0
        t = min(1, max(0, t))
        let (ex, ey) = (p.x - (a.x + t * dx), p.y - (a.y + t * dy))
        return (ex * ex + ey * ey).squareRoot()
    }

    /// `value` rounded to hundredths.
    static func hundredths(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
