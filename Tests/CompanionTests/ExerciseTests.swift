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
