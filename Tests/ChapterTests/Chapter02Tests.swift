import Companion
import Neural
import Testing

@testable import Chapter02

/// Chapter 2 against the book: the captions' losses, the exercise checks, the demo.
@Suite struct Chapter02Tests {
    let chapter = SupervisedLearning.chapter

    @Test func theThreeLinesHaveTheCaptionLosses() {
        // Figure 2.2: L = 7.07 (b), 10.28 (c), 0.20 (d).
        let losses = SupervisedLearning.figureLines.map {
            ($0.line.loss(x: BookData.line12.x, y: BookData.line12.y) * 100).rounded() / 100
        }
        #expect(losses == [7.07, 10.28, 0.20])
    }

    @Test func descentReachesTheMinimumByPosition4() {
        // Figure 2.4: "Eventually, we reach the minimum of the function (position 4)".
        let path = SupervisedLearning.descentPath()
        let data = BookData.line12
        let minimum = LinearRegression.fit(x: data.x, y: data.y).loss(x: data.x, y: data.y)
        #expect(path.count == 5)
        #expect(path[4].loss(x: data.x, y: data.y) - minimum < 5e-3)
        #expect(path[2].loss(x: data.x, y: data.y) - minimum > 0.01)
    }

    @Test func theDemoQuotesTheBooksNumbers() throws {
        let sink = TextSink()
        for demo in chapter.demos { try demo.run(Narrator(sink: sink)) }
        for number in ["7.07", "10.28", "0.20", "0.8260", "0.5222"] {
            #expect(quotes(sink.text, number), "\(number)")
        }
    }
}
