/// Shortens the `style` attributes cairo writes on every element, most of which repeat the
/// same dozen declarations (`fill-rule:nonzero;fill-opacity:1;stroke-linecap:butt;…`).
///
/// Each style is split in two. Its `fill` and `stroke` colours, which vary from element to
/// element, become presentation attributes, with `rgb(p%,q%,r%)` written as `#rrggbb` (the
/// nearest 8-bit value, which is what a renderer paints). The rest, when more than one
/// element has it, becomes a class defined once in a `<style>` sheet at the top; an element
/// with a rest of its own keeps it inline. Neither changes what the element looks like: a
/// class rule and a presentation attribute both apply to the element itself, and no rule
/// sets what an attribute sets.
func sharingSVGStyles(_ svg: [UInt8]) -> [UInt8] {
    let attribute = Array(" style=\"".utf8)
    var pieces: [(before: Range<Int>, style: Range<Int>)] = []
    var i = 0
    var copied = 0
    while i + attribute.count <= svg.count {
        guard svg[i] == attribute[0], svg[i..<(i + attribute.count)].elementsEqual(attribute),
            let end = svg[(i + attribute.count)...].firstIndex(of: UInt8(ascii: "\""))
        else {
            i += 1
            continue
        }
        pieces.append((copied..<i, (i + attribute.count)..<end))
        copied = end + 1
        i = end + 1
    }
    let styles = pieces.map { SplitStyle(String(decoding: svg[$0.style], as: UTF8.self)) }
    var uses: [String: Int] = [:]
    for style in styles where !style.rest.isEmpty { uses[style.rest, default: 0] += 1 }
    var classes: [String: String] = [:]
    var sheet = ""
    for style in styles where uses[style.rest, default: 0] > 1 && classes[style.rest] == nil {
        let name = "s\(classes.count + 1)"
        classes[style.rest] = name
        sheet += ".\(name){\(style.rest)}\n"
    }

    var output: [UInt8] = []
    output.reserveCapacity(svg.count)
    for (piece, style) in zip(pieces, styles) {
        output.append(contentsOf: svg[piece.before])
        var replacement = ""
        if let name = classes[style.rest] {
            replacement += " class=\"\(name)\""
        } else if !style.rest.isEmpty {
            replacement += " style=\"\(style.rest)\""
        }
        for (property, value) in style.colours { replacement += " \(property)=\"\(value)\"" }
        output.append(contentsOf: replacement.utf8)
    }
    output.append(contentsOf: svg[copied...])
    return sheet.isEmpty ? output : insertingStyleSheet(sheet, into: output)
}

/// A style split into its colours (as attribute name and value) and the other declarations.
struct SplitStyle {
    var colours: [(String, String)] = []
    var rest = ""

    init(_ style: String) {
        var others: [Substring] = []
        for declaration in style.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0] == "fill" || parts[0] == "stroke" {
                colours.append((String(parts[0]), hexColour(parts[1]) ?? String(parts[1])))
            } else {
                others.append(declaration)
            }
        }
        rest = others.joined(separator: ";")
    }
}

/// `rgb(p%,q%,r%)` as `#rrggbb`, each channel the nearest of 0…255; nil for any other text.
func hexColour(_ text: Substring) -> String? {
    guard text.hasPrefix("rgb("), text.hasSuffix(")") else { return nil }
    let channels = text.dropFirst(4).dropLast().split(separator: ",")
    guard channels.count == 3 else { return nil }
    var hex = "#"
    for channel in channels {
        guard channel.hasSuffix("%"), let percent = Double(channel.dropLast()), (0...100).contains(percent) else {
            return nil
        }
        let byte = Int((percent * 2.55).rounded())
        hex += (byte < 16 ? "0" : "") + String(byte, radix: 16)
    }
    return hex
}

/// Puts `<style>` with `sheet` right after the opening `<svg …>` tag.
private func insertingStyleSheet(_ sheet: String, into svg: [UInt8]) -> [UInt8] {
    let tag = Array("<svg".utf8)
    guard let start = (0...(svg.count - tag.count)).first(where: { svg[$0..<($0 + tag.count)].elementsEqual(tag) }),
        let end = svg[start...].firstIndex(of: UInt8(ascii: ">"))
    else { return svg }
    return Array(svg[...end]) + Array("\n<style>\n\(sheet)</style>".utf8) + Array(svg[(end + 1)...])
}
