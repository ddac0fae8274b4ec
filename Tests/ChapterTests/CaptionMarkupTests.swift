import Book
import Companion
import Foundation
import Plot
import Testing

/// Captions write their maths in the figures' markup (`φ_0`, `θ_{d0}`, `10^{40}`), which the
/// gallery turns into sub- and superscripts and the terminal into `φ₀`: a script left out or cut
/// short shows as `φ0` or as `θ` with only the `d` lowered.
@Suite struct CaptionMarkupTests {
    @Test(arguments: book.map(\.number))
    func captionsWriteTheirScriptsAsMarkup(chapter number: Int) throws {
        let chapter = book.first { $0.number == number }!
        for figure in chapter.figures {
            for problem in CaptionMarkup.problems(in: figure.caption) {
                Issue.record("caption of \(figure.displayName): \(problem)")
            }
        }
    }

    @Test func theCheckFindsEachKindOfSlip() {
        #expect(CaptionMarkup.problems(in: "the line y = φ0 + φ_1 x").count == 1)
        #expect(CaptionMarkup.problems(in: "weighted by φ′1").count == 1)
        #expect(CaptionMarkup.problems(in: "h1 and h_3 are active").count == 1)
        #expect(CaptionMarkup.problems(in: "three lines θ_d0 + θ_{d1} x").count == 1)
        #expect(CaptionMarkup.problems(in: "a caption cut \\\ninto two lines").count == 1)
        #expect(CaptionMarkup.problems(in: "L2 regularization, 3-D input, θ_{30}, σ²_Ω, softmax_k, 10^{40}").isEmpty)
    }
}

enum CaptionMarkup {
    /// What looks like a script written without markup: a Greek letter (primed or not) or a lone
    /// lowercase letter followed by a digit (`φ0`, `φ′1`, `h1`), a one-character subscript followed
    /// by more letters or digits (`θ_d0`, which lowers only the `d`), and a line break (a `\\` at a
    /// line's end in a multi-line string literal).
    static func problems(in caption: String) -> [String] {
        var found: [String] = []
        let unmarked = try! NSRegularExpression(pattern: "(?<![\\p{L}\\p{N}_′{^])[\\p{Greek}a-z]′?[0-9]+")
        let range = NSRange(caption.startIndex..., in: caption)
        for match in unmarked.matches(in: caption, range: range) {
            let text = String(caption[Range(match.range, in: caption)!])
            found.append("'\(text)' has no '_' before its subscript")
        }
        let runs = Markup.parse(caption)
        for (run, next) in zip(runs, runs.dropFirst())
        where run.position == .sub && run.text.count == 1 && next.position == .base
            && (next.text.first?.isLetter == true || next.text.first?.isNumber == true)
        {
            found.append("'_\(run.text)\(next.text.prefix(3))…' lowers only '\(run.text)': braces are missing")
        }
        if caption.contains("\n") { found.append("it holds a line break") }
        return found
    }
}
