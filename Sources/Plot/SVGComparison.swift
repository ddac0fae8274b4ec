/// How a committed SVG differs from today's render of the same figure, told in a few lines.
///
/// Two SVGs match when they have the same lines, where a coordinate (a number in a `d`, `x`,
/// `y`, `width`, `height` or `transform` attribute) may differ by up to `tolerance` pixels and
/// everything else, colours and text and structure, must be identical. This is the bar of
/// matplotlib's baseline-image tests: a tolerance below what a reader can see, and a report a
/// person can read rather than a dump of bytes.
public struct SVGDifference: Sendable, CustomStringConvertible {
    /// The 1-based number of the first line that differs.
    public let firstLine: Int
    /// That line in each version, cut to `excerptLength` characters.
    public let committedLine: String
    public let renderedLine: String
    /// How many lines differ (lines present in only one version count too).
    public let differingLines: Int
    /// The number of lines of each version.
    public let committedLineCount: Int
    public let renderedLineCount: Int

    static let excerptLength = 200

    public var description: String {
        """
        \(differingLines) of \(max(committedLineCount, renderedLineCount)) lines differ \
        (committed \(committedLineCount) lines, rendered \(renderedLineCount)); first at line \(firstLine):
          committed: \(committedLine)
          rendered:  \(renderedLine)
        """
    }

    /// The difference between `committed` and `rendered`, or nil when they match within
    /// `tolerance` pixels.
    public static func between(committed: [UInt8], rendered: [UInt8], tolerance: Double = 0.25) -> SVGDifference? {
        if committed == rendered { return nil }
        let old = lines(committed)
        let new = lines(rendered)
        var first: Int? = nil
        var count = abs(old.count - new.count)
        for index in 0..<min(old.count, new.count) where !linesMatch(old[index], new[index], tolerance: tolerance) {
            count += 1
            if first == nil { first = index }
        }
        let firstIndex = first ?? min(old.count, new.count)
        if first == nil && count == 0 { return nil }
        return SVGDifference(
            firstLine: firstIndex + 1,
            committedLine: excerpt(old, firstIndex), renderedLine: excerpt(new, firstIndex),
            differingLines: count, committedLineCount: old.count, renderedLineCount: new.count)
    }

    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    }

    private static func excerpt(_ lines: [ArraySlice<UInt8>], _ index: Int) -> String {
        guard index < lines.count else { return "(no such line)" }
        let text = String(decoding: lines[index], as: UTF8.self)
        return text.count > excerptLength ? String(text.prefix(excerptLength)) + "…" : text
    }

    /// Whether two lines are the same but for coordinates within `tolerance`.
    static func linesMatch(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, tolerance: Double) -> Bool {
        if a == b { return true }
        let ta = tokens(a)
        let tb = tokens(b)
        guard ta.count == tb.count else { return polylinesMatch(a, b, tolerance: tolerance) }
        for (x, y) in zip(ta, tb) {
            switch (x, y) {
            case let (.text(p), .text(q)) where p == q: continue
            case let (.number(p, coordinate), .number(q, _)) where coordinate:
                if abs(p - q) > tolerance { return false }
            case let (.number(p, _), .number(q, _)) where p == q: continue
            default: return false
            }
        }
        return true
    }

    /// Two `<path>` lines that differ only in how many points trace the same straight pieces:
    /// cairo merges a point into the previous segment when the two are collinear in its fixed-
    /// point arithmetic, which the last bit of a coordinate can decide. They match when
    /// everything but the path data is identical and every point of each lies within
    /// `tolerance` of the other's polyline.
    static func polylinesMatch(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, tolerance: Double) -> Bool {
        guard let (restA, pointsA) = polyline(a), let (restB, pointsB) = polyline(b), restA == restB else {
            return false
        }
        return pointsNear(pointsA, pointsB, tolerance) && pointsNear(pointsB, pointsA, tolerance)
    }

    /// The line without its `d` attribute, and the points of that attribute (in absolute
    /// coordinates) when it holds only moves, straight lines and closes.
    private static func polyline(_ line: ArraySlice<UInt8>) -> (String, [(Double, Double)])? {
        let text = String(decoding: line, as: UTF8.self)
        guard let start = text.range(of: " d=\""), let end = text[start.upperBound...].firstIndex(of: "\""),
            let commands = parsePathData(text[start.upperBound..<end].utf8),
            commands.allSatisfy({ $0.letter != UInt8(ascii: "C") })
        else {
            return nil
        }
        let points = commands.filter { !$0.coordinates.isEmpty }.map { ($0.coordinates[0], $0.coordinates[1]) }
        return (String(text[..<start.lowerBound]) + String(text[end...]), points)
    }

    /// Whether every point of `points` lies within `tolerance` of the polyline through `path`,
    /// looking near the same fraction of the way along (both trace the same curve in order).
    private static func pointsNear(_ points: [(Double, Double)], _ path: [(Double, Double)], _ tolerance: Double)
        -> Bool
    {
        guard path.count >= 2 else { return points.count == path.count }
        let window = 64
        for (index, p) in points.enumerated() {
            let centre = index * (path.count - 1) / max(points.count - 1, 1)
            let range = max(0, centre - window)..<min(path.count - 1, centre + window)
            guard range.contains(where: { segmentDistance(p, path[$0], path[$0 + 1]) <= tolerance }) else {
                return false
            }
        }
        return true
    }

    private static func segmentDistance(_ p: (Double, Double), _ a: (Double, Double), _ b: (Double, Double)) -> Double {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1)
        let length2 = dx * dx + dy * dy
        let t = length2 == 0 ? 0 : max(0, min(1, ((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length2))
        let (x, y) = (a.0 + t * dx - p.0, a.1 + t * dy - p.1)
        return (x * x + y * y).squareRoot()
    }

    enum Token: Equatable {
        case text(ArraySlice<UInt8>)
        /// A number, and whether it is a coordinate (compared within the tolerance).
        case number(Double, coordinate: Bool)
    }

    static let coordinateAttributes: Set<String> = ["d", "x", "y", "width", "height", "transform"]

    /// Splits a line into numbers and the text between them, noting for each number whether
    /// it stands in a coordinate attribute.
    static func tokens(_ line: ArraySlice<UInt8>) -> [Token] {
        var result: [Token] = []
        var textStart = line.startIndex
        var attribute = ""
        var inValue = false
        var i = line.startIndex
        while i < line.endIndex {
            let byte = line[i]
            if byte == UInt8(ascii: "\"") {
                if !inValue {
                    // The attribute name is the word before `="`.
                    var j = i - 1
                    if j >= line.startIndex, line[j] == UInt8(ascii: "=") { j -= 1 }
                    var k = j
                    while k >= line.startIndex, isNameByte(line[k]) { k -= 1 }
                    attribute = String(decoding: line[(k + 1)...max(j, k)], as: UTF8.self)
                }
                inValue.toggle()
            }
            if isNumberStart(line, i) {
                var end = i + 1
                while end < line.endIndex, isNumberByte(line[end]) { end += 1 }
                if let value = Double(String(decoding: line[i..<end], as: UTF8.self)) {
                    result.append(.text(line[textStart..<i]))
                    result.append(.number(value, coordinate: inValue && coordinateAttributes.contains(attribute)))
                    textStart = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        result.append(.text(line[textStart..<line.endIndex]))
        return result
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ":")
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".")
    }

    /// A number starts with a digit or a minus sign before one, and does not continue a word.
    private static func isNumberStart(_ line: ArraySlice<UInt8>, _ i: Int) -> Bool {
        let byte = line[i]
        let digitHere = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        let minusBeforeDigit =
            byte == UInt8(ascii: "-") && i + 1 < line.endIndex
            && line[i + 1] >= UInt8(ascii: "0") && line[i + 1] <= UInt8(ascii: "9")
        guard digitHere || minusBeforeDigit else { return false }
        guard i > line.startIndex else { return true }
        let previous = line[i - 1]
        return
            !(isNameByte(previous) || isNumberByte(previous) || previous == UInt8(ascii: "_")
            || previous == UInt8(ascii: "+") || previous == UInt8(ascii: "/"))
    }
}
