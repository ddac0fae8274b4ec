import Foundation

/// Lists of ids on the command line may be written with spaces or commas:
/// `--only 2.2 2.3` and `--only 2.2,2.3` mean the same.
enum IDList {
    static func split(_ arguments: [String]) -> [String] {
        arguments.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
