import Foundation

/// Elastic distortion of an image (Simard, Steinkraus and Platt, 2003): every pixel moves by a
/// displacement drawn uniformly from [−1, 1] in x and in y, the two displacement fields are
/// smoothed with a Gaussian of standard deviation `sigma` pixels and scaled by `alpha`, and the
/// image is resampled bilinearly at the displaced positions (zero outside). A small `sigma` gives
/// noise-like jitter, a large one an almost rigid shift; in between, strokes bend the way a pen
/// wobbles.
public struct ElasticDistortion: Sendable, Hashable {
    /// The scale of the smoothed displacements, in pixels.
    public var alpha: Double
    /// The standard deviation of the smoothing Gaussian, in pixels.
    public var sigma: Double

    public init(alpha: Double, sigma: Double) {
        precondition(alpha >= 0 && sigma > 0, "alpha must be non-negative and sigma positive")
        self.alpha = alpha
        self.sigma = sigma
    }

    /// `image` (`height × width`, row by row) distorted with fields drawn from `random`.
    public func apply(_ image: [Double], height: Int, width: Int, random: inout NumPyRandomState) -> [Double] {
        precondition(image.count == height * width, "The image has \(image.count) pixels, not \(height)×\(width)")
        let kernel = Self.gaussianKernel(sigma: sigma)
        let dx = Self.smooth(
            random.uniform(low: -1, high: 1, count: image.count), height: height, width: width, kernel: kernel)
        let dy = Self.smooth(
            random.uniform(low: -1, high: 1, count: image.count), height: height, width: width, kernel: kernel)
        var out = [Double](repeating: 0, count: image.count)
        for row in 0..<height {
            for column in 0..<width {
                let p = row * width + column
                out[p] = Self.bilinear(
                    image, height: height, width: width, y: Double(row) + alpha * dy[p],
                    x: Double(column) + alpha * dx[p])
            }
        }
        return out
    }

    /// The weights `exp(−k²/2σ²)` for k = −⌈3σ⌉…⌈3σ⌉, normalised to sum 1.
    static func gaussianKernel(sigma: Double) -> [Double] {
        let radius = Int((3 * sigma).rounded(.up))
        let weights = (-radius...radius).map { exp(-Double($0 * $0) / (2 * sigma * sigma)) }
        let total = weights.reduce(0, +)
        return weights.map { $0 / total }
    }

    /// `field` convolved with `kernel` along rows, then along columns, treating outside values as 0.
    static func smooth(_ field: [Double], height: Int, width: Int, kernel: [Double]) -> [Double] {
        let radius = kernel.count / 2
        var across = [Double](repeating: 0, count: field.count)
        var down = [Double](repeating: 0, count: field.count)
        kernel.withUnsafeBufferPointer { w in
            field.withUnsafeBufferPointer { f in
                across.withUnsafeMutableBufferPointer { a in
                    for row in 0..<height {
                        for column in 0..<width {
                            var sum = 0.0
                            for c in max(0, column - radius)..<min(width, column + radius + 1) {
                                sum += w[c - column + radius] * f[row * width + c]
                            }
                            a[row * width + column] = sum
                        }
                    }
                }
            }
            across.withUnsafeBufferPointer { a in
                down.withUnsafeMutableBufferPointer { d in
                    for row in 0..<height {
                        for column in 0..<width {
                            var sum = 0.0
                            for r in max(0, row - radius)..<min(height, row + radius + 1) {
                                sum += w[r - row + radius] * a[r * width + column]
                            }
                            d[row * width + column] = sum
                        }
                    }
                }
            }
        }
        return down
    }

    /// The image at the real position (`y`, `x`), interpolated between its four neighbours;
    /// pixels outside the image count as 0.
    static func bilinear(_ image: [Double], height: Int, width: Int, y: Double, x: Double) -> Double {
        let (y0, x0) = (Int(floor(y)), Int(floor(x)))
        let (fy, fx) = (y - Double(y0), x - Double(x0))
        func at(_ r: Int, _ c: Int) -> Double {
            r >= 0 && r < height && c >= 0 && c < width ? image[r * width + c] : 0
        }
        return (1 - fy) * ((1 - fx) * at(y0, x0) + fx * at(y0, x0 + 1))
            + fy * ((1 - fx) * at(y0 + 1, x0) + fx * at(y0 + 1, x0 + 1))
    }
}
