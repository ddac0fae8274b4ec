/// Why an answer was rejected, in one line: the case that failed and by how much.
public struct CheckFailure: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Passes when `got` is within `tolerance` of `expected`, absolutely or
/// relative to the size of `expected`, whichever is looser.
public func expectClose(
    _ got: Double, _ expected: Double, tolerance: Double = 1e-6,
    _ what: @autoclosure () -> String
) throws {
    let difference = abs(got - expected)
    let scale = max(1, abs(expected))
    guard difference <= tolerance * scale, got.isFinite || !expected.isFinite else {
        throw CheckFailure("\(what()): expected \(show(expected)), got \(show(got)) (difference \(show(difference)))")
    }
}

/// Element-wise `expectClose` over two arrays of the same length.
public func expectClose(
    _ got: [Double], _ expected: [Double], tolerance: Double = 1e-6,
    _ what: @autoclosure () -> String
) throws {
    guard got.count == expected.count else {
        throw CheckFailure("\(what()): expected \(expected.count) values, got \(got.count)")
    }
    for index in got.indices {
        try expectClose(got[index], expected[index], tolerance: tolerance, "\(what())[\(index)]")
    }
}

/// Passes when the two values are equal.
public func expectEqual<T: Equatable>(_ got: T, _ expected: T, _ what: @autoclosure () -> String) throws {
    guard got == expected else {
        throw CheckFailure("\(what()): expected \(expected), got \(got)")
    }
}

/// Passes when `condition` holds; otherwise fails with `message`.
public func expectThat(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    guard condition else { throw CheckFailure(message()) }
}

/// Short, readable numbers for check messages: 6 significant digits, "−" for minus.
func show(_ value: Double) -> String {
    var text = "\(Float(value))"
    if text.hasSuffix(".0") { text.removeLast(2) }
    return Narrator.withMinusSigns(text)
}
