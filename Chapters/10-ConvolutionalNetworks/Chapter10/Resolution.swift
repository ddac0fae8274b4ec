import Neural

/// Notebook 10.4's down-sampling and up-sampling operations (section 10.4), through the core's
/// `Resampling`, `Pooling` and `maxUnpool`, and its three chains: down three times by a factor of
/// two, then up three times.
enum Resolution {
    /// The notebook's 4 × 4 patch and its 2 × 2 one (the 4 × 4 max-pooled).
    static let patch: [[Double]] = [[1, 3, 5, 3], [6, 2, 0, 8], [4, 6, 1, 4], [2, 8, 0, 3]]
    static let small: [[Double]] = [[6, 8], [8, 4]]

    static func subsample(_ x: [[Double]]) -> [[Double]] { CoreLayer.apply(Resampling(.subsample), image: x) }
    static func maxPool(_ x: [[Double]]) -> [[Double]] { CoreLayer.apply(Pooling.max(2), image: x) }
    static func meanPool(_ x: [[Double]]) -> [[Double]] { CoreLayer.apply(Pooling.mean(2), image: x) }
    static func duplicate(_ x: [[Double]]) -> [[Double]] { CoreLayer.apply(Resampling(.duplicate), image: x) }
    static func bilinear(_ x: [[Double]]) -> [[Double]] { CoreLayer.apply(Resampling(.bilinear), image: x) }

    /// One of the notebook's chains: the images after each of three reductions and three
    /// enlargements, starting from the original (seven images in all).
    struct Chain {
        let name: String
        let down: String
        let up: String
        let images: [[[Double]]]
    }

    /// The three chains: sub-sampling then duplication; max pooling then max-unpooling, each
    /// step placing values where the maximum was at the matching finer level; mean pooling then
    /// bilinear interpolation. (The notebook's own code mean-pools its max-pooled image at the
    /// second step and duplicates at the last bilinear step; here each chain keeps its operation.)
    static func chains(of image: [[Double]]) -> [Chain] {
        func repeated(_ step: ([[Double]]) -> [[Double]], from start: [[Double]]) -> [[[Double]]] {
            (0..<3).reduce(into: [start]) { images, _ in images.append(step(images.last!)) }
        }
        let subsampled = repeated(subsample, from: image)
        let maxPooled = repeated(maxPool, from: image)
        let meanPooled = repeated(meanPool, from: image)
        var unpooled = [maxPooled[3]]
        for level in [2, 1, 0] { unpooled.append(maxUnpool(unpooled.last!, reference: maxPooled[level])) }
        return [
            Chain(
                name: "sub-sample, duplicate", down: "sub-sample", up: "duplicate",
                images: subsampled + repeated(duplicate, from: subsampled[3]).dropFirst()),
            Chain(
                name: "max pool, max-unpool", down: "max pool", up: "max-unpool",
                images: maxPooled + unpooled.dropFirst()),
            Chain(
                name: "mean pool, bilinear", down: "mean pool", up: "bilinear",
                images: meanPooled + repeated(bilinear, from: meanPooled[3]).dropFirst()),
        ]
    }
}
