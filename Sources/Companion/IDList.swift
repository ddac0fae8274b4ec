import Foundation

/// Lists of ids on the command line may be written with spaces or commas:
/// `--only 2.2 2.3` and `--only 2.2,2.3` mean the same.
enum IDList {
    /// The ids, each once, in the order first given.
    static func split(_ arguments: [String]) -> [String] {
        var seen = Set<String>()
        return arguments.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

extension IDList {
    /// The ids of an option given on the command line; given but empty ("", ",") is a usage
    /// error rather than a quiet "all".
    static func given(_ arguments: [String], option: String, what: String) throws -> [String] {
        let ids = split(arguments)
        if !arguments.isEmpty && ids.isEmpty {
            throw CompanionError.usage("\(option) was given no \(what); leave it out to mean all")
        }
        return ids
    }
}
