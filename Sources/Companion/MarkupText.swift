import Plot

/// Captions and titles use the figures' markup (`φ_0`, `10^{40}`, `\sigma`). These
/// turn it into HTML for the gallery and into plain Unicode text for the terminal.
enum MarkupText {
    /// `<sub>`/`<sup>` around scripts, everything else escaped.
    static func html(_ source: String) -> String {
        Markup.parse(source).map { run in
            let text = escapeHTML(run.text)
            switch run.position {
            case .base: return text
            case .sub: return "<sub>\(text)</sub>"
            case .sup: return "<sup>\(text)</sup>"
            }
        }.joined()
    }

    /// Scripts as Unicode sub- and superscript characters where every character
    /// has one (`h₁`, `10¹⁰⁷`), otherwise written out (`x_{max}`).
    static func plain(_ source: String) -> String {
        Markup.parse(source).map { run in
            switch run.position {
            case .base: return run.text
            case .sub: return script(run.text, subscripts, marker: "_")
            case .sup: return script(run.text, superscripts, marker: "^")
            }
        }.joined()
    }

    static func escapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func script(_ text: String, _ table: [Character: Character], marker: String) -> String {
        let mapped = text.compactMap { table[$0] }
        if mapped.count == text.count { return String(mapped) }
        return marker + (text.count == 1 ? text : "{\(text)}")
    }

    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "-": "⁻", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "i": "ⁱ", "n": "ⁿ", "T": "ᵀ", "′": "′",
    ]

    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "-": "₋", "−": "₋", "=": "₌", "(": "₍", ")": "₎", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "n": "ₙ",
        "a": "ₐ", "e": "ₑ", "o": "ₒ", "x": "ₓ", "h": "ₕ", "l": "ₗ", "m": "ₘ", "p": "ₚ", "s": "ₛ", "t": "ₜ",
    ]
}
