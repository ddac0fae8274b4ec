/// Labelled grayscale images of digits as MNIST stores them: one byte per pixel (0 = background,
/// 255 = full ink), each image row by row, the images one after another, and a class 0–9 per
/// image. Real MNIST (``MNISTFiles``) and the generated digits (``GeneratedDigits``) both arrive
/// in this form.
public struct DigitImages: Equatable, Sendable {
    public var height: Int
    public var width: Int
    /// `count × height × width` bytes, image by image, row by row.
    public var pixels: [UInt8]
    /// One class 0–9 per image.
    public var labels: [Int]

    public init(height: Int, width: Int, pixels: [UInt8], labels: [Int]) {
        precondition(
            pixels.count == labels.count * height * width, "\(labels.count) images need \(height)×\(width) bytes each")
        self.height = height
        self.width = width
        self.pixels = pixels
        self.labels = labels
    }

    /// The number of images.
    public var count: Int { labels.count }

    /// The pixels of image `index` as values in [0, 1], row by row.
    public func image(_ index: Int) -> [Double] {
        let size = height * width
        return pixels[(index * size)..<((index + 1) * size)].map { Double($0) / 255 }
    }

    /// The images `range`.
    public func slice(_ range: Range<Int>) -> DigitImages {
        let size = height * width
        return DigitImages(
            height: height, width: width, pixels: Array(pixels[(range.lowerBound * size)..<(range.upperBound * size)]),
            labels: Array(labels[range]))
    }

    /// The mean and standard deviation of all pixels as values in [0, 1]: what notebook 10.5
    /// normalises MNIST with (0.1307 and 0.3081 for MNIST's training set).
    public var pixelStatistics: (mean: Double, standardDeviation: Double) {
        var sum = 0.0
        var squares = 0.0
        for byte in pixels {
            let v = Double(byte) / 255
            sum += v
            squares += v * v
        }
        let n = Double(max(1, pixels.count))
        let mean = sum / n
        return (mean, (max(0, squares / n - mean * mean)).squareRoot())
    }

    /// The images as a data set for an image model (``Shape/image(channels:height:width:)``), one
    /// image per column, each pixel `(value − mean) / standardDeviation` as notebook 10.5's
    /// `Normalize` transform does.
    public func dataset(mean: Double, standardDeviation: Double) -> Dataset<[Int]> {
        let size = height * width
        let n = count
        var x = Matrix(rows: size, cols: n)
        x.data.withUnsafeMutableBufferPointer { out in
            for image in 0..<n {
                for p in 0..<size {
                    out[p * n + image] = (Double(pixels[image * size + p]) / 255 - mean) / standardDeviation
                }
            }
        }
        return Dataset(x: x, y: labels)
    }
}
