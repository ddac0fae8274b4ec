import Synchronization

/// How the trainer keeps OpenBLAS from competing with its own worker threads.
///
/// With one worker, OpenBLAS keeps its own thread count and may split each product over the
/// cores. With several workers each calling `dgemm`, every product should run on the thread that
/// calls it, since OpenBLAS's threads would only fight the workers for the same cores: OpenBLAS
/// is set to one thread while they run and its earlier count is restored afterwards.
/// Overlapping callers (two trainers running at once) share one such period: the first to enter
/// remembers the count, the last to leave restores it.
enum BLASThreadPolicy {
    private struct State {
        /// Bodies currently running inside `singleThreaded`.
        var active = 0
        /// The thread count before the first of them entered.
        var saved = 1
    }

    private static let state = Mutex(State())

    /// Runs `body`, which spreads its work over `workers` threads, under the policy above.
    static func run<T>(workers: Int, _ body: () throws -> T) rethrows -> T {
        guard workers > 1 else { return try body() }
        return try singleThreaded(body)
    }

    /// Runs `body` with OpenBLAS on one thread, whatever the count outside.
    static func singleThreaded<T>(_ body: () throws -> T) rethrows -> T {
        state.withLock { state in
            if state.active == 0 {
                state.saved = BLAS.threads
                BLAS.setThreads(1)
            }
            state.active += 1
        }
        defer {
            state.withLock { state in
                state.active -= 1
                if state.active == 0 { BLAS.setThreads(state.saved) }
            }
        }
        return try body()
    }
}
