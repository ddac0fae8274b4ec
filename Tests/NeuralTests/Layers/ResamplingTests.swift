import Testing

@testable import Neural

/// Notebook 10.4's operations on its 4 × 4 and 2 × 2 patches, against values worked out by hand
/// from the notebook's definitions.
@Suite struct ResamplingTests {
    static let patch: [[Double]] = [[1, 3, 5, 3], [6, 2, 0, 8], [4, 6, 1, 4], [2, 8, 0, 3]]
    static let small: [[Double]] = [[6, 8], [8, 4]]

    private func apply(_ layer: any ModelLayer, _ image: [[Double]]) -> [[Double]] {
        let shape = Shape.image(height: image.count, width: image[0].count)
        var random = NumPyRandomState(seed: 0)
        let model = Sequential(input: shape, [layer], random: &random)
        let y = model(Matrix(column: image.flatMap { $0 })).data
        let width = model.outputShape.spatial[1]
        return stride(from: 0, to: y.count, by: width).map { Array(y[$0..<($0 + width)]) }
    }

    @Test func downsampling() {
        #expect(apply(Resampling(.subsample), Self.patch) == [[1, 5], [4, 1]])
        // The notebook's 2 × 2 patch is the 4 × 4 one max-pooled.
        #expect(apply(Pooling.max(2), Self.patch) == Self.small)
        #expect(apply(Pooling.mean(2), Self.patch) == [[3, 4], [5, 2]])
        #expect(apply(Resampling(.subsample), [[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == [[1, 3], [7, 9]])
    }

    @Test func upsampling() {
        #expect(
            apply(Resampling(.duplicate), Self.small) == [[6, 6, 8, 8], [6, 6, 8, 8], [8, 8, 4, 4], [8, 8, 4, 4]])
        // Bilinear with the notebook's zero row and column past the end.
        #expect(
            apply(Resampling(.bilinear), Self.small) == [
                [6, 7, 8, 4], [7, 6.5, 6, 3], [8, 6, 4, 2], [4, 3, 2, 1],
            ])
        #expect(
            maxUnpool(Self.small, reference: Self.patch) == [
                [0, 0, 0, 0], [6, 0, 0, 8], [0, 0, 0, 4], [0, 8, 0, 0],
            ])
    }
}
