/// A narrated walk through one idea of a chapter, printed to the terminal.
public struct Demo: Sendable {
    /// Short name typed on the command line: `ch02 demo losses`.
    public let id: String
    public let title: String
    let body: @Sendable (Narrator) throws -> Void

    public init(id: String, title: String, body: @escaping @Sendable (Narrator) throws -> Void) {
        self.id = id
        self.title = title
        self.body = body
    }

    /// Runs the demo, writing its narration through `narrator`.
    public func run(_ narrator: Narrator) throws {
        narrator.heading(title)
        try body(narrator)
    }
}
