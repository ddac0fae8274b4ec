import Foundation
import Synchronization

/// Independent jobs, such as whole trainings of different widths, spread over threads: each
/// thread takes the next job in the given order as soon as it has finished one.
///
/// OpenBLAS runs single-threaded meanwhile (see `BLASThreadPolicy`), even with one thread: its
/// own threads would only compete with the jobs for the cores, and some of its kernels round
/// differently when they split a product, so a fixed count keeps the results the same for any
/// `threads`. List long jobs first, so that no thread is left
/// with a long one at the end while the others have nothing to do. A job's result must not
/// depend on the thread that runs it; then the outcome is the same for any thread count.
public enum IndependentRuns {
    /// Calls `job(i)` once for every `i` in `0..<count`, on `threads` threads (this one and
    /// `threads − 1` new ones), and returns when every call has returned.
    public static func run(_ count: Int, threads: Int, _ job: @Sendable (Int) -> Void) {
        precondition(threads >= 1, "Need at least one thread")
        let next = Mutex(0)
        withoutActuallyEscaping(job) { job in
            let work: @Sendable () -> Void = {
                while true {
                    let index = next.withLock { value in
                        defer { value += 1 }
                        return value
                    }
                    guard index < count else { return }
                    job(index)
                }
            }
            BLASThreadPolicy.singleThreaded {
                let finished = DispatchGroup()
                for _ in 1..<min(threads, max(count, 1)) {
                    finished.enter()
                    // A `Thread` keeps its block until the thread exits, which can be after
                    // `finished.wait()` returns; the block holds the job only through a handle
                    // that the thread empties first, so no reference to `job` outlives this call.
                    let handle = WorkHandle(work)
                    Thread {
                        handle.runOnce()
                        finished.leave()
                    }.start()
                }
                work()
                finished.wait()
            }
        }
    }

    /// `job(i)` for every `i` in `0..<count`, computed as `run` does and returned in index order.
    public static func map<T: Sendable>(_ count: Int, threads: Int, _ job: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        withoutActuallyEscaping(job) { job in
            run(count, threads: threads) { slots.set($0, job($0)) }
        }
        return slots.values
    }
}

/// The work a thread runs, held until the thread has run it and then released.
private final class WorkHandle: @unchecked Sendable {
    private var work: (@Sendable () -> Void)?

    init(_ work: @escaping @Sendable () -> Void) { self.work = work }

    /// Runs the work on the calling thread, then drops it; called once, by the thread it was made for.
    func runOnce() {
        work?()
        work = nil
    }
}

/// One slot per job for results that threads fill in any order, read once every job is done.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    var values: [Value] { lock.withLock { slots.map { $0! } } }
}
