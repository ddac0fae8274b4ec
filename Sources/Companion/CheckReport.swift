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
    public init(chapter: Chapter, ids: [String], solver: Solver, runner: ExerciseRunner = .inProcess) throws {
        self.chapter = chapter
        let chosen: [Exercise] =
            try ids.isEmpty
            ? chapter.exercises
            : ids.map { id in
                guard let exercise = chapter.exercises.first(where: { $0.id.lowercased() == id.lowercased() }) else {
                    let known = chapter.exercises.map(\.id).joined(separator: ", ")
                    throw CompanionError.usage(
                        "unknown exercise '\(id)' in chapter \(chapter.number); known exercises: \(known)")
                }
                return exercise
            }
        rows = zip(chosen, runner.run(chosen, of: chapter, solver: solver)).map { Row(exercise: $0, outcome: $1) }
    }

    public func count(_ kind: Outcome.Kind) -> Int { rows.count { $0.outcome.kind == kind } }

    /// True when no attempted exercise failed.
    public var passed: Bool { count(.failing) == 0 }

    /// The table, each failing check's message wrapped on the lines below its
    /// row, and a summary line.
    public func print(to narrator: Narrator, solver: Solver = .reader) {
        if solver == .reference {
            narrator.line("Checking the reference solutions (not yours):")
        }
        let rows = self.rows.map { row in
            [
                row.exercise.id, row.exercise.source, row.outcome.label,
                row.outcome == .notAttempted ? "fill in \(row.exercise.function)" : "",
            ]
        }
        let failures = Dictionary(
            uniqueKeysWithValues: self.rows.enumerated().compactMap { index, row in
                if case .failing(let message) = row.outcome { return (index, message) } else { return nil }
            })
        narrator.table(["exercise", "source", "status", "to do"], rows) { index in
            failures[index].map { narrator.wrapped($0, indent: 6) } ?? []
        }
        narrator.line()
        narrator.line(
            "  \(count(.solved)) solved, \(count(.failing)) failing, \(count(.notAttempted)) not attempted"
                + " of \(self.rows.count) in chapter \(chapter.number)")
    }
}
