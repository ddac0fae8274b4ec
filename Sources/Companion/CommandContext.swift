/// What a running command works on: the chapters it knows and where its output
/// goes. Carried as a task-local value so commands parsed by swift-argument-parser
/// (which builds them without arguments of ours) can reach it, and so tests can
/// run commands side by side with their own sinks.
public struct CommandContext: Sendable {
    public var chapters: [Chapter]
    public var out: TextSink
    public var err: TextSink
    /// How `check` runs the exercise checks.
    public var runner: ExerciseRunner

    public init(
        chapters: [Chapter], out: TextSink = .standardOutput, err: TextSink = .standardError,
        runner: ExerciseRunner = .inProcess
    ) {
        self.chapters = chapters
        self.out = out
        self.err = err
        self.runner = runner
    }

    @TaskLocal public static var current = CommandContext(chapters: [])

    /// The chapter a `chNN` executable serves.
    public var chapter: Chapter {
        guard let first = chapters.first else { preconditionFailure("a chapter command needs its chapter") }
        return first
    }

    public var narrator: Narrator { Narrator(sink: out, progress: err) }
}
