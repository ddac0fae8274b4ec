/// The small text markup used by every label in a figure:
///
/// - `x_0`, `x_{k+1}`: subscript (one character, or a braced group);
/// - `x^2`, `10^{40}`: superscript;
/// - `\phi`, `\Omega`, `\sigma`, …: Greek letters and a few symbols by their LaTeX names;
/// - `\_`, `\^`, `\{`, `\}`, `\\`: the literal characters.
///
/// Scripts nest (`e^{x_i}`); each level is drawn smaller and shifted.
public enum Markup {
    /// How far a run sits from the baseline.
    public enum Position: Sendable, Hashable {
        case base
        case sub
        case sup
    }

    /// A piece of text drawn with one size and offset. `depth` counts the nesting of scripts.
    public struct Run: Sendable, Hashable {
        public var text: String
        public var position: Position
        public var depth: Int
        public init(text: String, position: Position, depth: Int) {
            self.text = text; self.position = position; self.depth = depth
        }
    }

    /// Splits `source` into runs, merging neighbours with the same position and depth.
    public static func parse(_ source: String) -> [Run] {
        var parser = Parser(chars: Array(source))
        var runs: [Run] = []
        parser.parseSequence(position: .base, depth: 0, untilBrace: false, into: &runs)
        return runs
    }

    /// The Unicode symbol for a LaTeX-style name such as `phi` or `Omega`.
    public static func symbol(named name: String) -> String? { symbols[name] }

    static let symbols: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ",
        "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ",
        "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "times": "×", "cdot": "·", "pm": "±", "leq": "≤", "geq": "≥", "neq": "≠", "approx": "≈",
        "infty": "∞", "partial": "∂", "nabla": "∇", "sum": "Σ", "to": "→", "rightarrow": "→",
        "in": "∈", "ell": "ℓ", "minus": "−",
    ]

    private struct Parser {
        let chars: [Character]
        var index = 0

        mutating func parseSequence(position: Position, depth: Int, untilBrace: Bool, into runs: inout [Run]) {
            while index < chars.count {
                let c = chars[index]
                if untilBrace && c == "}" { index += 1; return }
                if c == "_" && isIdentifierUnderscore {
                    index += 1
                    append("_", position, depth, into: &runs)
                } else if c == "_" || c == "^" {
                    index += 1
                    parseScript(c == "_" ? .sub : .sup, depth: depth + 1, into: &runs)
                } else if c == "\\" {
                    index += 1
                    append(readEscape(), position, depth, into: &runs)
                } else if c == "{" {
                    index += 1
                    parseSequence(position: position, depth: depth, untilBrace: true, into: &runs)
                } else {
                    index += 1
                    append(String(c), position, depth, into: &runs)
                }
            }
        }

        /// Whether the `_` at `index` joins the words of a code identifier (`number_parameters`:
        /// two or more ASCII letters on each side), which is never markup; maths writes a
        /// one-letter base or a one-letter script (`θ_{d0}`, `x_{max}`, `softmax_k`).
        var isIdentifierUnderscore: Bool {
            var start = index
            while start > 0, chars[start - 1].isASCII, chars[start - 1].isLetter { start -= 1 }
            // `\\Omega_k` is a LaTeX name with a subscript, not an identifier.
            guard index - start >= 2, index + 1 < chars.count, start == 0 || chars[start - 1] != "\\" else {
                return false
            }
            var end = index + 1
            while end < chars.count, chars[end].isASCII, chars[end].isLetter { end += 1 }
            return end - index - 1 >= 2
        }

        /// Reads the argument of `_` or `^`: a braced group or a single (possibly escaped) character.
        mutating func parseScript(_ position: Position, depth: Int, into runs: inout [Run]) {
            guard index < chars.count else { return }
            let c = chars[index]
            index += 1
            if c == "{" {
                parseSequence(position: position, depth: depth, untilBrace: true, into: &runs)
            } else if c == "\\" {
                append(readEscape(), position, depth, into: &runs)
            } else {
                append(String(c), position, depth, into: &runs)
            }
        }

        /// Reads what follows a backslash: a letter name (mapped to a symbol) or one literal character.
        mutating func readEscape() -> String {
            guard index < chars.count else { return "\\" }
            var name = ""
            while index < chars.count, chars[index].isLetter, chars[index].isASCII {
                name.append(chars[index]); index += 1
            }
            if name.isEmpty {
                let c = chars[index]; index += 1
                return String(c)
            }
            return Markup.symbols[name] ?? "\\" + name
        }

        func append(_ text: String, _ position: Position, _ depth: Int, into runs: inout [Run]) {
            if let last = runs.last, last.position == position, last.depth == depth {
                runs[runs.count - 1].text += text
            } else {
                runs.append(Run(text: text, position: position, depth: depth))
            }
        }
    }
}
