/// The three features of MMDS exercise 13.4.4 as 3 × 3 bit patterns (1 black, 0 white), and every
/// one of the 512 patches a filter could see.
enum MMDSFeatures {
    static let patterns: [[[Int]]] = [
        // A vertical boundary: the left column white, the other two black.
        [[0, 1, 1], [0, 1, 1], [0, 1, 1]],
        // A diagonal boundary: only the upper-right triangle of three pixels black.
        [[0, 1, 1], [0, 0, 1], [0, 0, 0]],
        // A corner: the lower-right 2 × 2 square white, the other five pixels black.
        [[1, 1, 1], [1, 0, 0], [1, 0, 0]],
    ]

    static let names = ["vertical boundary", "diagonal boundary", "corner"]

    /// All 2⁹ patches, pixel k of patch n being bit k of n (row by row).
    static let allPatches: [[[Int]]] = (0..<512).map { n in
        (0..<3).map { r in (0..<3).map { c in (n >> (3 * r + c)) & 1 } }
    }
}
