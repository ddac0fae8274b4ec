/// A problem of the book or a task of an official notebook, with a check that
/// runs the reader's answer against numbers from outside the answer itself:
/// the book, a closed form, finite differences or the reference solution.
public struct Exercise: Sendable {
    /// What the reader types: "2.1" for problem 2.1, "nb2.1.loss" for a notebook task.
    public let id: String
    public let title: String
    /// Where it comes from: "Problem 2.1", "Notebook 2.1".
    public let source: String
    /// Which function of `Exercises.swift` to fill in. Written here as a string because
    /// `list` shows it for answers already filled in; ``stubName()`` reads the name the stub
    /// itself reports, and the tests prove the two agree for every exercise.
    public let function: String
    /// How many deliberately wrong answers the test-suite feeds the check.
    public let wrongAnswerCount: Int
    let attempt: @Sendable (Solver) -> Outcome
    let readerStub: @Sendable () -> String?

    /// - Parameters:
    ///   - reader: the function of the reader's `Exercises.swift`.
    ///   - reference: a correct answer, used by `check --reference` and the tests.
    ///   - wrong: plausible mistakes the check must reject (tests prove it does).
    ///   - check: throws `CheckFailure` naming the failing case, or passes.
    public init<Answer: Sendable>(
        id: String, title: String, source: String, function: String,
        reader: Answer, reference: Answer, wrong: [Answer],
        check: @escaping @Sendable (Answer) throws -> Void
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.function = function
        self.wrongAnswerCount = wrong.count
        self.attempt = { solver in
            let answer: Answer
            switch solver {
            case .reader: answer = reader
            case .reference: answer = reference
            case .wrong(let index): answer = wrong[index]
            }
            do {
                try check(answer)
                return .solved
            } catch is NotYetSolved {
                return .notAttempted
            } catch let failure as CheckFailure {
                return .failing(failure.message)
            } catch {
                return .failing(Exercise.thrownPrefix + "\(error)")
            }
        }
        self.readerStub = {
            do {
                try check(reader)
            } catch let stub as NotYetSolved {
                return String(stub.function.prefix { $0 != "(" })
            } catch {}
            return nil
        }
    }

    /// The name of the reader's function as its stub reports it (`#function`), or `nil`
    /// once the reader has filled it in.
    public func stubName() -> String? { readerStub() }

    /// How the message of an answer that threw an error (rather than failing a check) begins.
    public static let thrownPrefix = "the answer threw: "

    /// Runs the check on the chosen answer.
    public func run(_ solver: Solver) -> Outcome { attempt(solver) }
}

/// Whose answer an exercise check runs.
public enum Solver: Sendable, Equatable {
    case reader
    case reference
    /// The i-th deliberately wrong answer.
    case wrong(Int)
}

/// The result of checking one answer.
public enum Outcome: Sendable, Equatable {
    case solved
    /// The check's message names the case and the difference.
    case failing(String)
    case notAttempted

    /// The three states an exercise can be in, to count them by.
    public enum Kind: String, Sendable, CaseIterable {
        case solved
        case failing
        case notAttempted = "not attempted"
    }

    public var kind: Kind {
        switch self {
        case .solved: .solved
        case .failing: .failing
        case .notAttempted: .notAttempted
        }
    }

    /// The state as the check table shows it ("not attempted").
    public var label: String { kind.rawValue }
}

/// Thrown by the stubs in a reader's `Exercises.swift` until they are filled in.
public struct NotYetSolved: Error, CustomStringConvertible {
    /// The stub that threw, as `#function` names it: "lossGradient(phi0:phi1:x:y:)".
    public let function: String

    public init(function: String = #function) { self.function = function }
    public var description: String { "not yet solved" }
}
