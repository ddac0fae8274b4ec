/// One command of SVG path data with its points in absolute coordinates: `M` and `L` carry
/// one point, `C` three (two control points and the end), `Z` none.
struct PathCommand: Equatable {
    var letter: UInt8
    var coordinates: [Double]
}

/// Parses path data written with `M L C Z` (absolute) or `m l c z` (relative), where a
/// command letter may be left out when it repeats (after a move, further pairs are lines).
/// Returns nil for anything else (arcs, `H`, `V`, an incomplete point).
func parsePathData(_ text: some Sequence<UInt8>) -> [PathCommand]? {
    let words = Array(text).split { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") }
    var commands: [PathCommand] = []
    var current = (x: 0.0, y: 0.0)
    var start = current
    var letter: UInt8? = nil
    var relative = false
    var k = 0
    while k < words.count {
        let word = words[k]
        if word.count == 1, let first = word.first, !(first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) {
            let upper = first & ~0x20
            guard [UInt8(ascii: "M"), UInt8(ascii: "L"), UInt8(ascii: "C"), UInt8(ascii: "Z")].contains(upper) else {
                return nil
            }
            letter = upper
            relative = first != upper
            k += 1
            if upper == UInt8(ascii: "Z") {
                commands.append(PathCommand(letter: upper, coordinates: []))
                current = start
            }
            continue
        }
        guard let command = letter, command != UInt8(ascii: "Z") else { return nil }
        let count = command == UInt8(ascii: "C") ? 6 : 2
        guard k + count <= words.count else { return nil }
        var values: [Double] = []
        for word in words[k..<(k + count)] {
            guard let value = Double(String(decoding: word, as: UTF8.self)) else { return nil }
            values.append(value)
        }
        if relative {
            for i in values.indices { values[i] += i % 2 == 0 ? current.x : current.y }
        }
        commands.append(PathCommand(letter: command, coordinates: values))
        current = (values[count - 2], values[count - 1])
        if command == UInt8(ascii: "M") {
            start = current
            letter = UInt8(ascii: "L")
        }
        k += count
    }
    return commands
}

/// Writes path data compactly: the first move absolute, every later command relative to
/// the point before it, a repeated command letter left out, and a move that ends the data
/// (cairo writes one after every close, and it draws nothing) dropped. The coordinates are
/// whole hundredths (`roundingSVGNumbers` has already rounded them), so the differences are
/// exact and a renderer adding them up lands on the same points.
func compactPathData(_ commands: [PathCommand]) -> String {
    var commands = commands
    while commands.last?.letter == UInt8(ascii: "M") { commands.removeLast() }
    var text = ""
    var current = (x: 0, y: 0)
    var start = current
    var previous: String? = nil
    for (index, command) in commands.enumerated() {
        let absolute = index == 0
        let letter = String(UnicodeScalar(absolute ? command.letter : command.letter | 0x20))
        if command.letter == UInt8(ascii: "Z") {
            text += text.isEmpty ? "z" : " z"
            current = start
            previous = nil
            continue
        }
        if letter != previous || command.letter == UInt8(ascii: "M") {
            text += (text.isEmpty ? "" : " ") + letter
        }
        let hundredths = command.coordinates.map { Int(($0 * 100).rounded()) }
        for (i, value) in hundredths.enumerated() {
            let origin = absolute ? 0 : (i % 2 == 0 ? current.x : current.y)
            text += " " + hundredthsText(value - origin)
        }
        current = (hundredths[hundredths.count - 2], hundredths[hundredths.count - 1])
        if command.letter == UInt8(ascii: "M") { start = current }
        // After a move, further pairs would be lines: a repeated move keeps its letter.
        previous = command.letter == UInt8(ascii: "M") ? nil : letter
    }
    return text
}

/// Rewrites the `d` attribute of every path in an SVG with `compactPathData`; path data it
/// cannot parse is left as it is.
func compactingPathData(_ svg: [UInt8]) -> [UInt8] {
    let opening = Array(" d=\"".utf8)
    var output: [UInt8] = []
    output.reserveCapacity(svg.count)
    var copied = 0
    var i = 0
    while i + opening.count <= svg.count {
        guard svg[i] == opening[0], svg[i..<(i + opening.count)].elementsEqual(opening) else {
            i += 1
            continue
        }
        let valueStart = i + opening.count
        guard let valueEnd = svg[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
        if let commands = parsePathData(svg[valueStart..<valueEnd]) {
            output.append(contentsOf: svg[copied..<valueStart])
            output.append(contentsOf: compactPathData(commands).utf8)
            copied = valueEnd
        }
        i = valueEnd + 1
    }
    output.append(contentsOf: svg[copied...])
    return output
}

/// A whole number of hundredths as a decimal ("-1.5", "0.05", "3").
func hundredthsText(_ hundredths: Int) -> String {
    twoDecimals(Double(hundredths) / 100)
}
