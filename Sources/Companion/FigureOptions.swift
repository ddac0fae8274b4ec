import ArgumentParser
import Plot

/// The options every command that draws figures shares (`chNN figures`, `udl figures`).
struct FigureOptions: ParsableArguments {
    @Option(help: "Comma-separated formats: png, svg, pdf.")
    var format: String = "png,svg"

    @Option(help: "Parent folder of the chNN figure folders.")
    var out: String = "figures"

    /// The formats asked for, each once.
    var formats: [OutputFormat] {
        get throws { try FigureExport.parseFormats(format) }
    }

    func validate() throws {
        do { _ = try formats } catch let error as CompanionError { throw ValidationError(error.message) }
        guard !out.isEmpty else { throw ValidationError("--out must name a folder, not be empty") }
    }

    /// "4 figures (png, svg)".
    func summary(figures: Int) throws -> String {
        "\(figures) figure\(figures == 1 ? "" : "s") (" + (try formats).map(\.rawValue).joined(separator: ", ") + ")"
    }
}
