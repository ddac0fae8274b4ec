/// Rounds the decimal numbers cairo writes into an SVG (six decimals of a pixel) to two, the
/// precision a reader can see at any zoom a slide needs. The files shrink, and the last bits
/// of a computation no longer reach the file: two machines whose BLAS kernels round a product
/// differently draw the same figure.
///
/// The scale and shear of a `matrix(a,b,c,d,e,f)` transform are not pixels and keep cairo's
/// precision; its translation (e, f) is rounded like every coordinate. The XML declaration is
/// left alone, and so are integers (digits inside ids and base64 image data among them).
func roundingSVGNumbers(_ svg: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(svg.count)
    var i = 0
    // Copy the XML declaration unchanged (its `version="1.0"` must stay as written).
    if let end = firstIndex(of: Array("?>".utf8), in: svg) {
        output.append(contentsOf: svg[..<end])
        i = end
    }
    var matrixArgument: Int? = nil
    let matrixOpen = Array("matrix(".utf8)
    while i < svg.count {
        let byte = svg[i]
        if byte == UInt8(ascii: "("), i >= 6, Array(svg[(i - 6)...i]) == matrixOpen {
            matrixArgument = 0
        } else if byte == UInt8(ascii: ")") {
            matrixArgument = nil
        } else if byte == UInt8(ascii: ","), let argument = matrixArgument {
            matrixArgument = argument + 1
        }
        if startsNumber(svg, at: i), let end = numberEnd(svg, from: i) {
            let token = svg[i..<end]
            let keepsPrecision = (matrixArgument ?? 4) < 4
            if token.contains(UInt8(ascii: ".")), !keepsPrecision,
                let value = Double(String(decoding: token, as: UTF8.self))
            {
                output.append(contentsOf: twoDecimals(value).utf8)
            } else {
                output.append(contentsOf: token)
            }
            i = end
            continue
        }
        output.append(byte)
        i += 1
    }
    return output
}

/// `value` with at most two decimals and no trailing zeros ("12.5", "3", "-0.07"; never "-0").
func twoDecimals(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let magnitude = abs(hundredths)
    var text = hundredths < 0 ? "-" : ""
    text += String(magnitude / 100)
    let fraction = magnitude % 100
    if fraction != 0 {
        text += fraction % 10 == 0 ? "." + String(fraction / 10) : (fraction < 10 ? ".0" : ".") + String(fraction)
    }
    return text
}

private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

private func isWordByte(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
        || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: "#")
}

/// Whether a number starts at `i`: a digit, or a minus sign before one, not continuing a word
/// (`glyph0-1`, `surface5`) or another number.
private func startsNumber(_ bytes: [UInt8], at i: Int) -> Bool {
    if i > 0, isWordByte(bytes[i - 1]) { return false }
    if isDigit(bytes[i]) { return true }
    return bytes[i] == UInt8(ascii: "-") && i + 1 < bytes.count && isDigit(bytes[i + 1])
}

/// The end of the number starting at `start`: `-?digits(.digits)?`.
private func numberEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    var i = start
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    while i < bytes.count, isDigit(bytes[i]) { i += 1 }
    if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "."), isDigit(bytes[i + 1]) {
        i += 1
        while i < bytes.count, isDigit(bytes[i]) { i += 1 }
    }
    return i
}

private func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard needle.count <= bytes.count else { return nil }
    for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] {
        if Array(bytes[i..<(i + needle.count)]) == needle { return i }
    }
    return nil
}
