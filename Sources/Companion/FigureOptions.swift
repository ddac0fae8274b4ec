import ArgumentParser
import Plot

/// The options every command that draws figures shares (`chNN figures`, `udl figures`).
struct FigureOptions: ParsableArguments {
    @Option(
        name: .customLong("format"), help: "Comma-separated formats: png, svg, pdf.",
        transform: FigureOptions.parseFormats)
    var formats: [OutputFormat] = [.png, .svg]

    @Option(help: "Parent folder of the chNN figure folders.")
    var out: String = "figures"

    func validate() throws {
        guard !out.isEmpty else { throw ValidationError("--out must name a folder, not be empty") }
    }

    /// "4 figures (png, svg)".
    func summary(figures: Int) -> String {
        "\(figures) figure\(figures == 1 ? "" : "s") (" + formats.map(\.rawValue).joined(separator: ", ") + ")"
    }

    /// Parses "png,svg" into formats, each once; anything else is a usage error naming the
    /// formats there are.
    static func parseFormats(_ text: String) throws -> [OutputFormat] {
        let names = IDList.split([text.lowercased()])
        guard !names.isEmpty else { throw ValidationError("give at least one of png, svg, pdf") }
        return try names.map { name in
            guard let format = OutputFormat(rawValue: name) else {
                throw ValidationError("unknown format '\(name)'; use png, svg or pdf (comma-separated)")
            }
            return format
        }
    }
}
