/// A narrated walk through one idea of a chapter, printed to the terminal.
public struct Demo: Sendable {
    /// Short name typed on the command line: `ch02 demo losses`.
    public let id: String
    public let title: String
    /// The options the demo accepts after its name (`chNN demo NAME --help` lists them).
    public let options: [DemoOption]
    let body: @Sendable (Narrator, DemoArguments) throws -> Void

    /// A demo without options.
    public init(id: String, title: String, body: @escaping @Sendable (Narrator) throws -> Void) {
        self.init(id: id, title: title, options: []) { narrator, _ in try body(narrator) }
    }

    /// A demo that reads its `options` from the arguments it is given.
    public init(
        id: String, title: String, options: [DemoOption],
        body: @escaping @Sendable (Narrator, DemoArguments) throws -> Void
    ) {
        self.id = id
        self.title = title
        self.options = options
        self.body = body
    }

    /// Runs the demo, writing its narration through `narrator`.
    public func run(_ narrator: Narrator, arguments: DemoArguments = DemoArguments()) throws {
        narrator.heading(title)
        try body(narrator, arguments)
    }
}
