// Placeholder contract, replaced by the real plotting library.
public struct Figure: Sendable {
    public init() {}
    public func svg() throws -> [UInt8] { [] }
    public func png(scale: Double = 2) throws -> [UInt8] { [] }
    public func pdf() throws -> [UInt8] { [] }
}
public enum OutputFormat: String, CaseIterable, Sendable { case png, svg, pdf }
