import Testing

@testable import Neural

/// Notebook 8.3's label noise, against CPython 3.11 running the notebook's loop after
/// `random.seed(42)`.
struct LabelNoiseTests {
    @Test func replacesTheLabelsCPythonReplaces() {
        // Placeholder labels −1 show every replacement, including one that draws the old class.
        let noisy = LabelNoise.notebook([Int](repeating: -1, count: 4000), fraction: 0.15, seed: 42)
        let replaced = noisy.indices.filter { noisy[$0] >= 0 }.map { ($0, noisy[$0]) }
        #expect(replaced.count == 592)
        #expect(replaced.prefix(5).map { [$0.0, $0.1] } == [[1, 2], [6, 4], [7, 2], [9, 1], [15, 8]])
        #expect(replaced.suffix(3).map { [$0.0, $0.1] } == [[3958, 0], [3962, 7], [3971, 6]])
    }

    @Test func zeroFractionKeepsEveryLabel() {
        let labels = (0..<100).map { $0 % 10 }
        #expect(LabelNoise.notebook(labels, fraction: 0, seed: 42) == labels)
    }
}
