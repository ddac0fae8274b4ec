import FileOutput

/// The options given to one run of a demo, parsed and checked against the options it declares.
/// A demo run without options (or as part of the whole chapter) sees every option absent.
public struct DemoArguments: Sendable {
    private var flags: Set<String> = []
    private var integerLists: [String: [Int]] = [:]
    private var numbers: [String: Double] = [:]
    private var texts: [String: String] = [:]

    public init() {}

    /// Whether `--name` was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }
    /// The list given with `--name`, if it was.
    public func integers(_ name: String) -> [Int]? { integerLists[name] }
    /// The number given with `--name`, if it was.
    public func number(_ name: String) -> Double? { numbers[name] }
    /// The text given with `--name`, if it was.
    public func text(_ name: String) -> String? { texts[name] }

    /// Whether any of `names` was given, whatever its kind.
    public func has(_ name: String) -> Bool {
        flags.contains(name) || integerLists[name] != nil || numbers[name] != nil || texts[name] != nil
    }

    /// For a demo that shows committed results unless `--run` asks it to redo the work: a usage
    /// error for the first of `options` given without `--run`. Call it first, so the error comes
    /// before the demo has shown anything.
    public func requireRun(for options: [String]) throws {
        guard !flag("run"), let given = options.first(where: has) else { return }
        throw CompanionError.usage("--\(given) needs --run: without it the demo shows the committed results")
    }

    /// Parses `words` (what followed the demo's name) against `options`; anything unknown,
    /// missing or out of range is a usage error naming the option and what it allows.
    static func parse(_ words: [String], options: [DemoOption], demo: String) throws -> DemoArguments {
        var result = DemoArguments()
        var index = 0
        func fail(_ message: String) -> CompanionError {
            CompanionError.usage("demo '\(demo)': \(message)")
        }
        while index < words.count {
            let word = words[index]
            guard word.hasPrefix("--"), let option = options.first(where: { "--" + $0.name == word }) else {
                let known =
                    options.isEmpty
                    ? "it takes no options" : "its options: " + options.map(\.usage).joined(separator: ", ")
                throw fail("unknown option '\(word)'; \(known)")
            }
            index += 1
            if option.kind == .flag {
                result.flags.insert(option.name)
                continue
            }
            guard index < words.count, !words[index].hasPrefix("--") else {
                throw fail("\(word) needs a value: \(option.usage)")
            }
            let value = words[index]
            index += 1
            switch option.kind {
            case .flag:
                break
            case .integers(let range):
                let items = value.split(separator: ",", omittingEmptySubsequences: false)
                let parsed = items.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard !items.isEmpty, parsed.count == items.count, parsed.allSatisfy(range.contains) else {
                    throw fail(
                        "\(word) takes whole numbers from \(range.lowerBound) to \(range.upperBound), "
                            + "separated by commas, got '\(value)'")
                }
                result.integerLists[option.name] = parsed
            case .number(let range):
                guard let parsed = Double(value), parsed.isFinite, range.contains(parsed) else {
                    throw fail("\(word) takes a number from \(range.lowerBound) to \(range.upperBound), got '\(value)'")
                }
                result.numbers[option.name] = parsed
            case .text:
                result.texts[option.name] = value
            case .outputFile, .outputFolder:
                do {
                    try option.kind == .outputFile ? OutputTarget.checkFile(value) : OutputTarget.checkFolder(value)
                } catch let error as FileOutputError {
                    throw fail("\(word): \(error.message)")
                }
                result.texts[option.name] = value
            }
        }
        return result
    }
}
