/// Runs a chapter's exercise checks and prints the reader's progress:
/// solved, failing (with the case and the difference) or not attempted.
public struct CheckReport: Sendable {
    public struct Row: Sendable {
        public let exercise: Exercise
        public let outcome: Outcome
    }

    public let chapter: Chapter
    public let rows: [Row]

    /// Checks the exercises with the given ids (all when empty); an unknown id
    /// is a usage error naming the known ones.
    public init(chapter: Chapter, ids: [String], solver: Solver) throws {
        self.chapter = chapter
        let chosen: [Exercise] = try ids.isEmpty ? chapter.exercises : ids.map { id in
            guard let exercise = chapter.exercises.first(where: { $0.id.lowercased() == id.lowercased() }) else {
                let known = chapter.exercises.map(\.id).joined(separator: ", ")
                throw CompanionError.usage("unknown exercise '\(id)' in chapter \(chapter.number); known exercises: \(known)")
            }
            return exercise
        }
        rows = chosen.map { Row(exercise: $0, outcome: $0.run(solver)) }
    }

    public func count(_ label: String) -> Int { rows.filter { $0.outcome.label == label }.count }

    /// True when no attempted exercise failed.
    public var passed: Bool { count("failing") == 0 }

    /// The table and a summary line.
    public func print(to narrator: Narrator) {
        narrator.table(["exercise", "source", "status", "detail"], rows.map { row in
            let detail: String
            switch row.outcome {
            case .solved: detail = ""
            case .failing(let message): detail = message
            case .notAttempted: detail = "fill in \(row.exercise.function) in Exercises.swift"
            }
            return [row.exercise.id, row.exercise.source, row.outcome.label, detail]
        })
        narrator.line()
        narrator.line("  \(count("solved")) solved, \(count("failing")) failing, \(count("not attempted")) not attempted"
            + " of \(rows.count) in chapter \(chapter.number)")
    }
}
