import Testing

@testable import Neural

/// The generated digits' arithmetic without a font: the elastic distortion against closed forms
/// (an identity at α = 0, exact interpolation of a linear ramp, a normalised kernel) and the
/// generator's draws against their stated ranges, with a stand-in renderer that draws a bar.
struct GeneratedDigitsTests {
    @Test func kernelIsANormalisedGaussian() {
        let kernel = ElasticDistortion.gaussianKernel(sigma: 4)
        #expect(kernel.count == 25)
        #expect(close(kernel.reduce(0, +), 1))
        #expect(zip(kernel, kernel.reversed()).allSatisfy { close($0, $1) })
        // Its variance is σ² up to the truncation at 3σ (which removes 0.27 % of the mass, far out).
        let variance = kernel.enumerated().reduce(0.0) { $0 + $1.element * Double(($1.offset - 12) * ($1.offset - 12)) }
        #expect(abs(variance - 16) < 0.5)
    }

    @Test func bilinearIsExactOnALinearRamp() {
        let (height, width) = (5, 6)
        let ramp = (0..<(height * width)).map { Double(3 * ($0 / width) + 2 * ($0 % width)) }
        for (y, x) in [(1.25, 2.5), (0.0, 0.0), (3.9, 4.1), (2.0, 1.75)] {
            let value = ElasticDistortion.bilinear(ramp, height: height, width: width, y: y, x: x)
            #expect(close(value, 3 * y + 2 * x))
        }
        #expect(ElasticDistortion.bilinear(ramp, height: height, width: width, y: -3, x: 2) == 0)
    }

    @Test func zeroAlphaChangesNothing() {
        var random = NumPyRandomState(seed: 3)
        let image = random.uniform(count: 28 * 28)
        let same = ElasticDistortion(alpha: 0, sigma: 4).apply(image, height: 28, width: 28, random: &random)
        #expect(same == image)
    }

    @Test func smoothingKeepsAConstantFieldAwayFromTheEdges() {
        let field = [Double](repeating: 0.7, count: 40 * 40)
        let smooth = ElasticDistortion.smooth(
            field, height: 40, width: 40, kernel: ElasticDistortion.gaussianKernel(sigma: 2))
        #expect(close(smooth[20 * 40 + 20], 0.7))
        #expect(smooth[0] < 0.7 * 0.6)  // a corner sees only a quarter of the kernel and more
    }

    /// A stand-in for the glyph rasterizer: a vertical bar off to the left, whose length follows the scale.
    static func bar(_ digit: Int, _ pose: GeneratedDigits.Pose, _ height: Int, _ width: Int) -> [Double] {
        let length = Int(16 * pose.scale)
        return (0..<(height * width)).map { $0 % width == 5 && ($0 / width) >= 2 && ($0 / width) < 2 + length ? 1 : 0 }
    }

    @Test func centringPutsTheCentreOfMassWhereAsked() {
        let image = Self.bar(0, GeneratedDigits.Pose(face: 0), 28, 28)
        let moved = GeneratedDigits.centre(image, height: 28, width: 28, offsetX: 1.5, offsetY: -2.25)
        let mass = moved.reduce(0, +)
        let x = moved.enumerated().reduce(0.0) { $0 + $1.element * Double($1.offset % 28) } / mass
        let y = moved.enumerated().reduce(0.0) { $0 + $1.element * Double($1.offset / 28) } / mass
        #expect(close(mass, image.reduce(0, +)))
        #expect(close(x, 13.5 + 1.5) && close(y, 13.5 - 2.25))
        #expect(GeneratedDigits.centre([0, 0, 0, 0], height: 2, width: 2) == [0, 0, 0, 0])
    }

    @Test func sameSeedSameBytes() {
        let generator = GeneratedDigits()
        let a = generator.generate(count: 20, seed: 5, faces: 3, render: Self.bar)
        let b = generator.generate(count: 20, seed: 5, faces: 3, render: Self.bar)
        let c = generator.generate(count: 20, seed: 6, faces: 3, render: Self.bar)
        #expect(a == b)
        #expect(a.pixels != c.pixels)
        #expect(a.count == 20 && a.pixels.count == 20 * 28 * 28)
        #expect(a.labels.allSatisfy { (0...9).contains($0) })
    }

    @Test func posesStayInTheirRanges() {
        let generator = GeneratedDigits()
        var random = NumPyRandomState(seed: 0)
        let poses = (0..<500).map { _ in generator.pose(faces: 6, random: &random) }
        #expect(Set(poses.map(\.face)) == Set(0..<6))
        #expect(poses.allSatisfy { abs($0.rotation) <= generator.rotation && generator.scale.contains($0.scale) })
        #expect(poses.allSatisfy { abs($0.shear) <= generator.shear && generator.strokeWidth.contains($0.strokeWidth) })
        #expect(poses.allSatisfy { abs($0.offsetX) <= generator.offset && abs($0.offsetY) <= generator.offset })
        // Uniform draws fill their ranges: the extremes come within 5 % of the bounds.
        #expect(poses.map(\.rotation).max()! > 0.9 * generator.rotation)
        #expect(poses.map(\.scale).min()! < generator.scale.lowerBound + 0.05 * 0.3)
    }

    /// Noise alone on a blank renderer: the clipped normal's mean is σ/√(2π) (half the pixels are
    /// clipped to 0, the other half are a half-normal).
    @Test func noiseOnBlankImagesHasTheClippedMean() {
        var generator = GeneratedDigits()
        generator.noise = 0.1
        let blank = generator.generate(count: 50, seed: 1, faces: 1) { _, _, h, w in
            [Double](repeating: 0, count: h * w)
        }
        let mean = blank.pixelStatistics.mean
        #expect(abs(mean - 0.1 / (2 * Double.pi).squareRoot()) < 0.002)
    }
}
