import Foundation
import Synchronization
import Testing

@testable import Neural

@Suite("A team of worker threads")
struct WorkerThreadsTests {
    @Test(
        "Every iteration runs exactly once per loop, for loops shorter, equal to and longer than the team",
        arguments: [1, 2, 3, 7])
    func eachIterationOnce(iterations: Int) {
        let team = WorkerThreads(count: 3)
        let calls = Mutex([Int](repeating: 0, count: iterations))
        for _ in 0..<500 {
            team.run(iterations) { i in calls.withLock { $0[i] += 1 } }
        }
        #expect(calls.withLock { $0 } == [Int](repeating: 500, count: iterations))
    }

    @Test("A helper left idle long enough to fall asleep wakes up and takes an iteration")
    func wakesAfterSleeping() {
        let team = WorkerThreads(count: 2)
        for _ in 0..<3 {
            // 5 ms is far beyond the helper's polling time, so it sleeps on its semaphore; each
            // iteration then lasts 30 ms, time enough for it to wake and claim the second one.
            Thread.sleep(forTimeInterval: 0.005)
            let threads = Mutex([UInt](repeating: 0, count: 2))
            team.run(2) { i in
                Thread.sleep(forTimeInterval: 0.03)
                threads.withLock { $0[i] = UInt(bitPattern: Int(bitPattern: pthread_self())) }
            }
            let ids = threads.withLock { $0 }
            #expect(ids[0] != 0 && ids[1] != 0 && ids[0] != ids[1])
        }
    }
}
