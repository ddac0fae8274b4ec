import ArgumentParser

/// `--timeout` of the check commands: how long one exercise may run.
struct CheckTimeLimit: ParsableArguments {
    @Option(
        parsing: .unconditional,
        help: "Seconds one exercise may run before it counts as giving no answer (default 30).")
    var timeout: Double = ExerciseRunner.defaultTimeout

    func validate() throws {
        guard timeout.isFinite, timeout > 0, timeout <= ExerciseRunner.maximumTimeout else {
            throw ValidationError(
                "--timeout must be a number of seconds above 0 and at most "
                    + "\(Int(ExerciseRunner.maximumTimeout)), got \(timeout)")
        }
    }
}
