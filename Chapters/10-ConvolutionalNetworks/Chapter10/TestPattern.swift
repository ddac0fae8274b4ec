import Foundation

/// The image notebook 10.4's chains run on. The notebook loads a photograph; the companion draws
/// a test pattern instead, with detail at every scale: rings whose spacing shrinks towards the
/// corners (a zone plate, where sub-sampling aliases), a checkerboard of 6-pixel squares in the
/// lower-right quarter (small enough to vanish into grey when averaged over 8 × 8 pixels) and a
/// bright bar along the top, brightening from left to right. Values lie in [0, 1].
enum TestPattern {
    static let size = 96

    static var image: [[Double]] {
        let centre = Double(size - 1) / 2
        return (0..<size).map { y in
            (0..<size).map { x in
                if y < 8 { return 0.3 + 0.7 * Double(x) / Double(size - 1) }
                if y >= size / 2 && x >= size / 2 { return (y / 6 + x / 6) % 2 == 0 ? 0.9 : 0.1 }
                let (dy, dx) = (Double(y) - centre, Double(x) - centre)
                return 0.5 + 0.45 * cos(Double.pi * (dx * dx + dy * dy) / 160)
            }
        }
    }
}
