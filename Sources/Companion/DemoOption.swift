/// An option a demo accepts after its name, such as `--widths 2,40,400` or `--resume`
/// (`chNN demo NAME --help` lists them). Demos declare their options; Companion parses and
/// checks them, so no chapter writes a parser of its own.
public struct DemoOption: Sendable {
    public enum Kind: Sendable, Equatable {
        /// Present or absent; takes no value.
        case flag
        /// A comma-separated list of whole numbers within the range.
        case integers(ClosedRange<Int>)
        /// One number within the range.
        case number(ClosedRange<Double>)
        /// A word or a path.
        case text
        /// A file the demo writes at the end: its folder must exist and be writable, which is
        /// checked before the demo starts.
        case outputFile
        /// A folder the demo writes into (made if missing): checked before the demo starts.
        case outputFolder
    }

    /// The name without its dashes: "widths" for `--widths`.
    public let name: String
    public let kind: Kind
    public let help: String

    public static func flag(_ name: String, help: String) -> DemoOption {
        DemoOption(name: name, kind: .flag, help: help)
    }

    public static func integers(_ name: String, in range: ClosedRange<Int>, help: String) -> DemoOption {
        DemoOption(name: name, kind: .integers(range), help: help)
    }

    public static func number(_ name: String, in range: ClosedRange<Double>, help: String) -> DemoOption {
        DemoOption(name: name, kind: .number(range), help: help)
    }

    public static func text(_ name: String, help: String) -> DemoOption {
        DemoOption(name: name, kind: .text, help: help)
    }

    public static func outputFile(_ name: String, help: String) -> DemoOption {
        DemoOption(name: name, kind: .outputFile, help: help)
    }

    public static func outputFolder(_ name: String, help: String) -> DemoOption {
        DemoOption(name: name, kind: .outputFolder, help: help)
    }

    /// How the option is written in a usage line: "--widths <2,40,…>", "--resume".
    var usage: String {
        switch kind {
        case .flag: "--\(name)"
        case .integers: "--\(name) <n,n,…>"
        case .number: "--\(name) <number>"
        case .text: "--\(name) <text>"
        case .outputFile: "--\(name) <file>"
        case .outputFolder: "--\(name) <folder>"
        }
    }
}
