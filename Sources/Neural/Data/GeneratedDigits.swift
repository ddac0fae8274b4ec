/// Digit images the project generates itself, in the spirit of MNIST-1D (which draws its ten
/// classes from templates under random transformations): each image is a typeset digit 0–9 in
/// one of several font faces, placed under a random rotation, scale, shear, stroke width and
/// offset, then bent by an ``ElasticDistortion`` and given Gaussian pixel noise, and stored as
/// bytes like MNIST's 28 × 28 images (``DigitImages``). They are *generated*, not handwritten: a
/// stand-in for MNIST (notebook 10.5) that needs no download.
///
/// This type draws every random number and does the pixel arithmetic; drawing the glyph itself
/// (a font face, an affine map and a raster) is the job of a ``Renderer`` the caller supplies,
/// such as Plot's glyph rasterizer, so the numerical core needs no graphics library. The same
/// seed and renderer give the same bytes; another font version or rasterizer may change pixels,
/// never the statistics much.
public struct GeneratedDigits: Sendable, Hashable {
    /// How one digit is placed: the renderer draws the glyph in face `face` about the image centre,
    /// scaled by `scale`, sheared horizontally by `shear` (x += shear·y), rotated by `rotation`
    /// (radians, counter-clockwise), and thickens every stroke by drawing its outline with a pen of
    /// width `strokeWidth` pixels. The generator then moves the drawn digit so that its centre of
    /// mass sits at the image centre plus (`offsetX`, `offsetY`) pixels (y down), as MNIST centres
    /// its digits by their centre of mass.
    public struct Pose: Sendable, Hashable {
        public var face: Int
        public var rotation: Double
        public var scale: Double
        public var shear: Double
        public var strokeWidth: Double
        public var offsetX: Double
        public var offsetY: Double

        public init(
            face: Int, rotation: Double = 0, scale: Double = 1, shear: Double = 0, strokeWidth: Double = 0,
            offsetX: Double = 0, offsetY: Double = 0
        ) {
            self.face = face
            self.rotation = rotation
            self.scale = scale
            self.shear = shear
            self.strokeWidth = strokeWidth
            self.offsetX = offsetX
            self.offsetY = offsetY
        }
    }

    /// Draws `digit` in `pose` into a `height × width` raster of ink values in [0, 1], row by row.
    public typealias Renderer = (_ digit: Int, _ pose: Pose, _ height: Int, _ width: Int) throws -> [Double]

    public var height = 28
    public var width = 28
    /// The largest rotation either way, in radians (12°).
    public var rotation = 12 * Double.pi / 180
    /// The range of scales.
    public var scale: ClosedRange<Double> = 0.8...1.1
    /// The largest horizontal shear either way.
    public var shear = 0.25
    /// The range of pen widths that thicken the strokes, in pixels.
    public var strokeWidth: ClosedRange<Double> = 0...1.2
    /// The largest offset either way along each axis, in pixels.
    public var offset = 2.0
    /// The elastic distortion after rendering: Simard et al.'s values for 28 × 28 digits.
    public var elastic = ElasticDistortion(alpha: 34, sigma: 4)
    /// The standard deviation of the Gaussian noise added to every pixel before clipping to [0, 1].
    public var noise = 0.04

    public init() {}

    /// The random placement of one digit among `faces` font faces, drawn from `random`.
    public func pose(faces: Int, random: inout NumPyRandomState) -> Pose {
        Pose(
            face: random.randint(0, faces),
            rotation: random.uniform(low: -rotation, high: rotation),
            scale: random.uniform(low: scale.lowerBound, high: scale.upperBound),
            shear: random.uniform(low: -shear, high: shear),
            strokeWidth: random.uniform(low: strokeWidth.lowerBound, high: strokeWidth.upperBound),
            offsetX: random.uniform(low: -offset, high: offset), offsetY: random.uniform(low: -offset, high: offset))
    }

    /// `image` moved (bilinearly) so that its centre of mass lies at the image centre plus
    /// (`offsetX`, `offsetY`); a blank image stays blank.
    public static func centre(_ image: [Double], height: Int, width: Int, offsetX: Double = 0, offsetY: Double = 0)
        -> [Double]
    {
        var (mass, x, y) = (0.0, 0.0, 0.0)
        for (p, v) in image.enumerated() {
            mass += v
            x += v * Double(p % width)
            y += v * Double(p / width)
        }
        guard mass > 0 else { return image }
        let shiftX = Double(width - 1) / 2 + offsetX - x / mass
        let shiftY = Double(height - 1) / 2 + offsetY - y / mass
        return (0..<image.count).map { p in
            ElasticDistortion.bilinear(
                image, height: height, width: width, y: Double(p / width) - shiftY, x: Double(p % width) - shiftX)
        }
    }

    /// `count` images from `seed`: for each, a class drawn uniformly from 0–9, a ``pose(faces:random:)``,
    /// the rendered glyph moved to its place, its elastic distortion and its noise, in that order from one generator.
    public func generate(count: Int, seed: UInt32, faces: Int, render: Renderer) rethrows -> DigitImages {
        precondition(count >= 0 && faces > 0, "Need a non-negative count and at least one face")
        var random = NumPyRandomState(seed: seed)
        var pixels: [UInt8] = []
        pixels.reserveCapacity(count * height * width)
        var labels: [Int] = []
        for _ in 0..<count {
            let digit = random.randint(0, 10)
            let placed = pose(faces: faces, random: &random)
            let drawn = try render(digit, placed, height, width)
            precondition(drawn.count == height * width, "The renderer drew \(drawn.count) pixels")
            let glyph = Self.centre(
                drawn, height: height, width: width, offsetX: placed.offsetX, offsetY: placed.offsetY)
            let bent = elastic.apply(glyph, height: height, width: width, random: &random)
            let noisy = zip(bent, random.normal(loc: 0, scale: noise, count: bent.count)).map { $0 + $1 }
            pixels += noisy.map { UInt8((min(1, max(0, $0)) * 255).rounded()) }
            labels.append(digit)
        }
        return DigitImages(height: height, width: width, pixels: pixels, labels: labels)
    }
}
