import Neural
import Plot

/// The images notebook 10.5 trains on: by default digits the project generates (``GeneratedDigits``
/// drawn with Plot's ``GlyphRasterizer`` in the six DejaVu faces of `fonts-dejavu-core`), or real
/// MNIST from a folder the reader already has (`--mnist DIR`; nothing is downloaded).
enum DigitData {
    /// The generated sets' sizes and seeds: the test set comes from its own seed, so it never
    /// repeats a training image.
    static let trainingCount = 24_000
    static let testCount = 4_000
    static let trainingSeed: UInt32 = 0
    static let testSeed: UInt32 = 1

    /// The glyphs' size in pixels per em: DejaVu's digits are about 0.73 em tall, so at scale 1 a
    /// digit is about 19 pixels tall, in MNIST's 20-pixel box.
    static let emSize = 26.0

    /// `count` generated digits from `seed`; an error when the DejaVu fonts are not installed.
    static func generated(count: Int, seed: UInt32) throws -> DigitImages {
        let rasterizer = try GlyphRasterizer(fonts: FontFile.dejaVuCore())
        return try GeneratedDigits().generate(count: count, seed: seed, faces: rasterizer.fonts.count) {
            digit, pose, height, width in
            try rasterizer.render(
                String(digit), face: pose.face, size: emSize, height: height, width: width, rotation: pose.rotation,
                scale: pose.scale, shear: pose.shear, strokeWidth: pose.strokeWidth)
        }
    }

    /// The training and test images: generated, or MNIST's from `mnist`.
    static func load(mnist: String?) throws -> (training: DigitImages, test: DigitImages) {
        if let mnist { return try MNISTFiles.load(directory: mnist) }
        return (
            try generated(count: trainingCount, seed: trainingSeed), try generated(count: testCount, seed: testSeed)
        )
    }

    /// Both sets standardised with the training set's pixel mean and standard deviation.
    static func datasets(_ training: DigitImages, _ test: DigitImages) -> (Dataset<[Int]>, Dataset<[Int]>) {
        let (mean, sd) = training.pixelStatistics
        return (training.dataset(mean: mean, standardDeviation: sd), test.dataset(mean: mean, standardDeviation: sd))
    }
}

extension ConvolutionalNetworks {
    /// How many training and test images `ch10 demo digits` generates.
    public static let generatedDigitCounts = (training: DigitData.trainingCount, test: DigitData.testCount)

    /// The generated training and test digits (seeds 0 and 1) for use outside the chapter
    /// (`udl dataset digits`); an error when the DejaVu fonts are missing.
    public static func generatedDigits(training: Int, test: Int) throws -> (training: DigitImages, test: DigitImages) {
        (
            try DigitData.generated(count: training, seed: DigitData.trainingSeed),
            try DigitData.generated(count: test, seed: DigitData.testSeed)
        )
    }
}
