import Testing

@testable import Companion

@Suite struct ExerciseTests {
    @Test func outcomesFollowWhatTheAnswerDoes() {
        let stub = Fixture.chapter.exercises[0]
        #expect(stub.run(.reader) == .notAttempted)
        #expect(stub.run(.reference) == .solved)
        #expect(stub.run(.wrong(0)) == .failing("the square of 1.5: expected 2.25, got 3 (difference 0.75)"))
    }

    @Test func expectCloseUsesAbsoluteToleranceNearZeroAndRelativeForLargeValues() {
        #expect((try? expectClose(1e-7, 0, tolerance: 1e-6, "tiny")) != nil)
        #expect((try? expectClose(1e6 + 0.5, 1e6, tolerance: 1e-6, "large")) != nil)
        #expect((try? expectClose(1e6 + 5, 1e6, tolerance: 1e-6, "large")) == nil)
        #expect((try? expectClose(.nan, 1, "nan")) == nil)
    }

    @Test func arrayChecksNameTheFailingIndex() {
        #expect(throws: CheckFailure.self) { try expectClose([1, 2, 3], [1, 2, 4], "v") }
        do {
            try expectClose([1, 2, 3], [1, 2, 4], "v")
        } catch let failure as CheckFailure {
            #expect(failure.message == "v[2]: expected 4, got 3 (difference 1)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

/// Reading a crashed child's standard error (texts as Swift 6.3 writes them).
@Suite struct CrashMessageTests {
    @Test func aDebugTrapNamesTheReasonAndTheReadersLine() {
        let text = """
            Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range

            *** Signal 4: Backtracing from 0x7f0c... done ***
              3 [ra]          0x0000563c8ba5f79f closedFormFit(x:y:) + 478 in ch02 at /work/Chapter02/Exercises.swift:20:14
            """
        #expect(
            ChildRun.crashMessage(fromStandardError: text, function: "closedFormFit")
                == "crashed (Fatal error: Index out of range) in closedFormFit(x:y:) at Exercises.swift:20")
    }

    @Test func aReleaseCrashNamesTheSignal() {
        let text = """
            *** Program crashed: Illegal instruction at 0x000055f53c9e3453 ***
              1                         0x000055f53c9e3453 closedFormFit(x:y:) + 371 in ch02 at /w/Exercises.swift:20:14
            """
        #expect(
            ChildRun.crashMessage(fromStandardError: text, function: "closedFormFit")
                == "crashed (Illegal instruction) in closedFormFit(x:y:) at Exercises.swift:20")
        #expect(ChildRun.crashMessage(fromStandardError: "", function: "closedFormFit") == "crashed")
    }

    /// A release build's backtrace as Swift 6.3 prints it (the reader's function inlined into
    /// a thunk, the array subscript inlined on top).
    @Test func aReleaseTrapNamesTheReasonAndTheReadersFunction() {
        let text = """
            *** Program crashed: Illegal instruction at 0x000055572b54d104 ***
            Thread 0 "ch02" crashed:
              0 [inlined] [system]      0x000055572b54d104 specialized Array.subscript.getter in ch02 at //<compiler-generated>
              1                         0x000055572b54d104 specialized thunk for @escaping @callee_guaranteed @Sendable \
            (@guaranteed [Double], @guaranteed [Double]) -> (@owned [Double], @error @owned Error) + 4 in ch02 at \
            Chapters/02-SupervisedLearning/Chapter02/Exercises.swift:20:14
            """
        #expect(
            ChildRun.crashMessage(fromStandardError: text, function: "closedFormFit")
                == "crashed (Index out of range, Illegal instruction) in closedFormFit at Exercises.swift:20")
    }

    @Test func outcomesSurviveTheTripThroughTheChildsOutput() {
        for outcome in [Outcome.solved, .notAttempted, .failing("x = 1: expected 2, got 3")] {
            let fields = ChildRun.encode(outcome).split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            #expect(ChildRun.decode(String(fields[0]), String(fields[1])) == outcome)
        }
    }
}
