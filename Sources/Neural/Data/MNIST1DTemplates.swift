/// The ten hand-drawn digit outlines MNIST-1D (Greydanus & Kobak) starts from, 12 values each.
public struct MNIST1DTemplates: Sendable, Equatable {
    /// One row per digit 0…9: the outline standardised (mean 0, population std 1), shifted
    /// so it starts at 0, and divided by 6.
    public let x: [[Double]]
    /// The common time axis, `linspace(−5, 5, 12) / 6`.
    public let t: [Double]
    /// The labels 0…9.
    public let y: [Int]

    static let outlines: [[Double]] = [
        [5, 6, 6.5, 6.75, 7, 7, 7, 7, 6.75, 6.5, 6, 5],
        [5, 3, 3, 3.4, 3.8, 4.2, 4.6, 5, 5.4, 5.8, 5, 5],
        [5, 6, 6.5, 6.5, 6, 5.25, 4.75, 4, 3.5, 3.5, 4, 5],
        [5, 6, 6.5, 6.5, 6, 5, 5, 6, 6.5, 6.5, 6, 5],
        [5, 4.4, 3.8, 3.2, 2.6, 2.6, 5, 5, 5, 5, 5, 5],
        [5, 3, 3, 3, 3, 5, 6, 6.5, 6.5, 6, 4.5, 5],
        [5, 4, 3.5, 3.25, 3, 3, 3, 3, 3.25, 3.5, 4, 5],
        [5, 7, 7, 6.6, 6.2, 5.8, 5.4, 5, 4.6, 4.2, 5, 5],
        [5, 4, 3.5, 3.5, 4, 5, 5, 4, 3.5, 3.5, 4, 5],
        [5, 4, 3.5, 3.5, 4, 5, 5, 5, 5, 4.7, 4.3, 5],
    ]

    /// The templates of `mnist1d.data.get_templates()`, computed in NumPy's order.
    public init() {
        x = Self.outlines.map { outline in
            let mean = NumPySummation.mean(outline)
            let centred = outline.map { $0 - mean }
            let std = NumPySummation.standardDeviation(centred)
            let scaled = centred.map { $0 / std }
            return scaled.map { ($0 - scaled[0]) / 6 }
        }
        t = linspace(-5, 5, 12).map { $0 / 6 }
        y = Array(0...9)
    }
}
