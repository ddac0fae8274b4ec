import Testing

@testable import Neural

@Suite("Classification error")
struct ClassificationErrorTests {
    @Test("Counts wrong predictions by hand")
    func handCount() {
        // Columns are examples; the predicted class is the row of the largest logit:
        // column 0 → 2, column 1 → 0, column 2 → 1, column 3 → 0 (tie between rows 0 and 2:
        // the first wins), column 4 → 1.
        let logits = Matrix([
            [0.1, 3.0, -1.0, 2.0, 0.0],
            [0.2, 1.0, 5.0, 1.0, 0.5],
            [0.9, 2.0, 4.0, 2.0, 0.4],
        ])
        // Wrong: column 0 (label 1), column 3 (label 2). Right: columns 1, 2, 4.
        #expect(classificationError(output: logits, labels: [1, 0, 1, 2, 1]) == 2.0 / 5.0)
        #expect(classificationError(output: logits, labels: [2, 0, 1, 0, 1]) == 0)
        #expect(classificationError(output: logits, labels: [0, 1, 0, 1, 0]) == 1)
    }
}
