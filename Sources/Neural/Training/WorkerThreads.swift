import Dispatch
import Foundation
import Synchronization

/// A fixed team of threads for loops whose iterations take some tens of microseconds each, as
/// the parts of one training step do.
///
/// `DispatchQueue.concurrentPerform` is no help at that scale on Linux: on a 2-core machine it
/// ran both iterations of a 2-way loop on the calling thread more than 90 % of the time, because
/// waking a pool thread takes longer than the work. Here the helper threads live as long as the
/// team and, between loops, first poll for the next one and only then go to sleep (see
/// `Handoff`), so a loop handed over within a few microseconds starts at once.
///
/// Iterations are claimed, not assigned: the calling thread and the helpers take the next
/// unclaimed index until none is left. A helper that is slow to wake (a busy machine) therefore
/// only means the calling thread does more of the loop itself. Which thread runs an iteration
/// must not matter to `body`; the trainer keeps one workspace per iteration index.
final class WorkerThreads {
    private let team: Team

    /// A team of `count` threads: the caller of `run` and `count − 1` helpers.
    init(count: Int) {
        precondition(count >= 1, "Need at least one thread")
        team = Team(helpers: count - 1)
        for index in 0..<(count - 1) {
            let thread = Thread { [team] in team.serve(helper: index) }
            thread.name = "Trainer worker \(index + 1)"
            thread.start()
        }
    }

    deinit {
        team.stop()
    }

    /// Calls `body(i)` once for every `i` in `0..<iterations`, on this thread and the helpers at
    /// the same time; returns when every call has returned.
    func run(_ iterations: Int, _ body: @Sendable (Int) -> Void) {
        guard iterations > 1 && team.helpers > 0 else {
            for i in 0..<iterations { body(i) }
            return
        }
        // `body` escapes only into the team's loop, which has ended when `team.run` returns.
        withoutActuallyEscaping(body) { team.run(iterations, $0) }
    }
}

/// The state the team's threads share for one loop at a time.
private final class Team: @unchecked Sendable {
    let helpers: Int
    /// The loop body. Written by the calling thread only while no iteration is claimable, and read
    /// by a thread only after it has claimed an iteration, so the claim counter orders the accesses.
    private var body: (@Sendable (Int) -> Void)?
    /// `iterations << 32 | next`: the loop size and the next unclaimed index in one word, so a
    /// thread that claims late, after the loop ended, sees an index past the end of that loop.
    private let claims = Atomic(0)
    /// Iterations finished in the current loop.
    private let finished = Atomic(0)
    private let stopping = Atomic(false)
    /// One wake-up line per helper.
    private let handoffs: [Handoff]

    init(helpers: Int) {
        self.helpers = helpers
        handoffs = (0..<helpers).map { _ in Handoff() }
    }

    func run(_ iterations: Int, _ body: @escaping @Sendable (Int) -> Void) {
        self.body = body
        finished.store(0, ordering: .relaxed)
        claims.store(iterations << 32, ordering: .sequentiallyConsistent)
        for handoff in handoffs { handoff.raise() }
        workOnLoop()
        while finished.load(ordering: .acquiring) < iterations { sched_yield() }
        self.body = nil
    }

    /// Claims and runs iterations until the current loop has none left.
    private func workOnLoop() {
        while true {
            let claim = claims.wrappingAdd(1, ordering: .acquiringAndReleasing).oldValue
            let (iterations, index) = (claim >> 32, claim & 0xFFFF_FFFF)
            guard index < iterations else { return }
            perform(index)
            finished.wrappingAdd(1, ordering: .releasing)
        }
    }

    /// Runs one iteration; the reference to `body` is released before this returns.
    private func perform(_ index: Int) {
        body?(index)
    }

    /// A helper thread's life: wait for a loop, help with it, repeat until stopped.
    func serve(helper: Int) {
        var seen = 0
        while true {
            seen = handoffs[helper].wait(after: seen)
            if stopping.load(ordering: .acquiring) { return }
            workOnLoop()
        }
    }

    /// Ends the helper threads.
    func stop() {
        stopping.store(true, ordering: .releasing)
        for handoff in handoffs { handoff.raise() }
    }
}

/// A counter that one thread raises and one other thread waits on. The waiter polls for up to
/// `patience`, longer than the usual gap between the parts of a training step, before it sleeps
/// on a semaphore: a quick handoff then takes well under a microsecond instead of the ten or more
/// that waking a sleeping thread costs, and a thread left idle for longer costs no CPU.
private final class Handoff: Sendable {
    private let count = Atomic(0)
    private let sleeping = Atomic(false)
    private let semaphore = DispatchSemaphore(value: 0)
    private static let patience = Duration.microseconds(100)

    /// Advances the count and wakes the waiter if it sleeps.
    func raise() {
        count.wrappingAdd(1, ordering: .sequentiallyConsistent)
        if sleeping.exchange(false, ordering: .sequentiallyConsistent) { semaphore.signal() }
    }

    /// Waits until the count differs from `seen` (the value the caller last returned) and returns it.
    func wait(after seen: Int) -> Int {
        let clock = ContinuousClock()
        let deadline = clock.now + Self.patience
        repeat {
            for _ in 0..<64 {
                let now = count.load(ordering: .acquiring)
                if now != seen { return now }
            }
        } while clock.now < deadline
        sleeping.store(true, ordering: .sequentiallyConsistent)
        let now = count.load(ordering: .sequentiallyConsistent)
        if now != seen {
            // Raised meanwhile: if `raise` already cleared the flag, its signal must be taken.
            if !sleeping.exchange(false, ordering: .sequentiallyConsistent) { semaphore.wait() }
            return now
        }
        semaphore.wait()
        return count.load(ordering: .sequentiallyConsistent)
    }
}
