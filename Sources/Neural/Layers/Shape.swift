/// The shape of one example as a layer sees it: a number of channels and a spatial extent —
/// none for a plain vector of features, a length for a 1-D signal (chapter 10, eq. 10.3), a
/// height and width for an image.
///
/// An example is stored as one column of a batch matrix, channel by channel and each channel
/// row by row, the order of PyTorch's `(C, H, W)` tensors, so flattening changes nothing in memory.
public struct Shape: Hashable, Sendable, CustomStringConvertible {
    /// The number of channels (or features, for a vector).
    public var channels: Int
    /// The spatial sizes: `[]`, `[length]` or `[height, width]`.
    public var spatial: [Int]

    public init(channels: Int, spatial: [Int] = []) {
        precondition(channels > 0 && spatial.allSatisfy { $0 > 0 }, "Sizes must be positive")
        self.channels = channels
        self.spatial = spatial
    }

    /// A vector of `features` values.
    public static func vector(_ features: Int) -> Shape { Shape(channels: features) }
    /// A 1-D signal: `channels` channels of `length` samples.
    public static func signal(channels: Int = 1, length: Int) -> Shape { Shape(channels: channels, spatial: [length]) }
    /// An image: `channels` channels of `height × width` pixels.
    public static func image(channels: Int = 1, height: Int, width: Int) -> Shape {
        Shape(channels: channels, spatial: [height, width])
    }

    /// The number of positions in one channel.
    public var positions: Int { spatial.reduce(1, *) }
    /// The number of values of one example (rows of the batch matrix).
    public var count: Int { channels * positions }

    /// "100", "15 × 19" or "10 × 24 × 24".
    public var description: String { ([channels] + spatial).map(String.init).joined(separator: " × ") }
}
