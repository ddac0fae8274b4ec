import Foundation

/// Writes a demo's narration: headings, wrapped paragraphs, aligned values and
/// tables. Output goes to a `TextSink`, so tests can read what a demo said.
public final class Narrator: @unchecked Sendable {
    let sink: TextSink
    /// Width paragraphs and tables are fitted to.
    public let columns: Int
    /// Where the progress lines of a demo's long work go: the command's standard error, or
    /// (by default, as in the tests) nowhere a person reads.
    let progressSink: TextSink

    /// A narrator fitting its text to `columns`; by default the terminal's width (at most
    /// 100) when the sink is a terminal, else 88.
    public init(sink: TextSink, progress: TextSink = TextSink(), columns: Int? = nil) {
        self.sink = sink
        self.progressSink = progress
        self.columns = columns ?? sink.terminalColumns.map { min(max($0 - 1, 40), 100) } ?? 88
    }

    /// A progress line for a demo's long work, written beside the narration.
    public func progress(_ label: String, total: Int) -> Progress {
        Progress(label, total: total, sink: progressSink)
    }

    public func heading(_ title: String) {
        sink.write("\n" + title + "\n" + String(repeating: "─", count: title.count) + "\n")
    }

    /// A paragraph of prose, wrapped at word boundaries, with minus signs written "−".
    public func say(_ text: String) {
        sink.write(wrapped(Self.withMinusSigns(text)).joined(separator: "\n") + "\n")
    }

    /// `text` broken into lines of at most `columns` characters, each starting
    /// with `indent` spaces. A word is never split, so a line can be longer only
    /// when one word is.
    public func wrapped(_ text: String, indent: Int = 0) -> [String] {
        let margin = String(repeating: " ", count: indent)
        var line = ""
        var lines: [String] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty && indent + line.count + 1 + word.count > columns {
                lines.append(margin + line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(margin + line) }
        return lines
    }

    /// One line, as is.
    public func line(_ text: String = "") { sink.write(text + "\n") }

    /// `name = value` with the value formatted to `digits` decimals.
    public func value(_ name: String, _ value: Double, digits: Int = 4) {
        line("  \(name) = \(Narrator.format(value, digits: digits))")
    }

    /// A table with a header row; columns are padded to their widest cell, and when the
    /// table would be wider than `columns` the widest columns are narrowed and their cells
    /// wrapped onto more lines. `below` may return extra lines to print under row `index`
    /// (such as a message too long for a cell).
    public func table(_ header: [String], _ rows: [[String]], below: (Int) -> [String] = { _ in [] }) {
        let all = [header] + rows
        var widths = header.indices.map { c in all.map { $0.indices.contains(c) ? $0[c].count : 0 }.max() ?? 0 }
        let minimum = 8
        while 2 + widths.reduce(0, +) + 2 * (widths.count - 1) > columns,
            let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > minimum
        {
            widths[widest] -= 1
        }
        func render(_ row: [String]) {
            let cells = widths.indices.map { c in
                Self.wrap(Self.withMinusSigns(row.indices.contains(c) ? row[c] : ""), width: widths[c])
            }
            for lineIndex in 0..<(cells.map(\.count).max() ?? 1) {
                let text = cells.enumerated().map { c, lines in
                    (lineIndex < lines.count ? lines[lineIndex] : "").padding(
                        toLength: widths[c], withPad: " ", startingAt: 0)
                }.joined(separator: "  ")
                line(("  " + text).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
            }
        }
        render(header)
        line("  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for (index, row) in rows.enumerated() {
            render(row)
            for extra in below(index) { line(extra) }
        }
    }

    /// `text` in lines of at most `width` characters, broken at spaces where it can be and
    /// inside a word only when the word alone is wider.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = Substring(word)
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            while word.count > width {
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        return lines + [current]
    }

    /// Fixed-point formatting with a given number of decimals ("7.07", "−0.98"), for people:
    /// a negative number takes the minus sign "−", and a value that rounds to zero prints
    /// without one.
    public static func format(_ value: Double, digits: Int = 4) -> String {
        let text = String(format: "%.\(digits)f", value)
        if text.hasPrefix("-") && text.allSatisfy({ "-0.".contains($0) }) { return String(text.dropFirst()) }
        return withMinusSigns(text)
    }

    /// `text` with each ASCII hyphen that stands for a minus sign written "−": a hyphen before
    /// a digit at the start, after a space or an opening bracket, or in an exponent ("1e-05").
    /// Hyphens between words or numbers ("10-40-40-5", "x-axis") stay.
    public static func withMinusSigns(_ text: String) -> String {
        var result = ""
        var previous: Character? = nil
        var beforePrevious: Character? = nil
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let nextIsDigit = index + 1 < characters.count && characters[index + 1].isNumber
            let signPosition =
                previous == nil || previous == " " || previous == "(" || previous == "["
                || previous == "=" || (previous == "e" && beforePrevious?.isNumber == true)
            result.append(character == "-" && nextIsDigit && signPosition ? "−" : character)
            beforePrevious = previous
            previous = character
        }
        return result
    }
}
