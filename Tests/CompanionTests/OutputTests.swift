import FileOutput
import Foundation
import Plot
import Testing

@testable import Companion

@Suite struct OutputTests {
    @Test func narratorAlignsTablesAndDropsTheSignOfZero() {
        let sink = TextSink()
        let narrator = Narrator(sink: sink)
        narrator.table(["a", "long header"], [["12345", "x"], ["1", "yy"]])
        #expect(sink.text == "  a      long header\n  ─────  ───────────\n  12345  x\n  1      yy\n")
        #expect(Narrator.format(-0.00001, digits: 3) == "0.000")
        #expect(Narrator.format(-0.5, digits: 1) == "−0.5")
    }

    /// A table wider than the narrator's columns narrows its widest column and wraps that
    /// column's cells; no line is longer than the limit and no word is lost.
    @Test func tablesFitTheColumns() {
        let sink = TextSink()
        let long = "one two three four five six seven eight nine ten eleven twelve"
        Narrator(sink: sink, columns: 30).table(["id", "title"], [["3.1", long], ["3.2", "short"]])
        let lines = sink.text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 30 }, "\(lines)")
        #expect(lines.count > 4)
        let words = lines.dropFirst(2).flatMap { $0.split(separator: " ") }.map(String.init)
        #expect(words == ["3.1"] + long.split(separator: " ").map(String.init) + ["3.2", "short"])
    }

    /// Text for people writes "−" for a minus sign and keeps hyphens between words and numbers.
    @Test func minusSignsAreWrittenForPeople() {
        #expect(Narrator.withMinusSigns("-3 and 1.0e-05, (-2, x = -1.5)") == "−3 and 1.0e−05, (−2, x = −1.5)")
        #expect(Narrator.withMinusSigns("10-40-40-5 on the x-axis, a-1") == "10-40-40-5 on the x-axis, a-1")
        let sink = TextSink()
        Narrator(sink: sink).table(["x"], [["-0.25"]])
        #expect(sink.text.hasSuffix("  −0.25\n"))
    }

    @Test func narratorWrapsParagraphsAtTheColumnLimit() {
        let sink = TextSink()
        Narrator(sink: sink, columns: 10).say("aaaa bbbb cccc dd")
        #expect(sink.text == "aaaa bbbb\ncccc dd\n")
    }

    @Test func progressOffATerminalPrintsAboutTenLines() {
        let sink = TextSink()
        let progress = Progress("epochs", total: 100, sink: sink)
        for done in 0...100 { progress.update(done, "loss \(done)") }
        let lines = sink.text.split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines.last == "epochs 100/100  loss 100")
    }

    @Test func atomicWriteReplacesAndLeavesNoTemporaryFile() throws {
        let folder = NSTemporaryDirectory() + "udl-atomic-" + UUID().uuidString
        try AtomicFile.prepareFolder(folder)
        try AtomicFile.write("first", to: folder + "/a.txt")
        try AtomicFile.write("second", to: folder + "/a.txt")
        #expect(try String(contentsOfFile: folder + "/a.txt", encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.txt"])
    }

    @Test func atomicWriteIntoAMissingFolderFailsWithoutLeftovers() {
        let folder = NSTemporaryDirectory() + "udl-missing-" + UUID().uuidString
        #expect(throws: FileOutputError.self) { try AtomicFile.write("x", to: folder + "/a.txt") }
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func pngSizeReadsTheHeader() throws {
        let path = NSTemporaryDirectory() + "udl-size-" + UUID().uuidString + ".png"
        // Signature, then the IHDR chunk of a 640 × 480 image.
        let bytes: [UInt8] = [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
            0, 0, 2, 0x80, 0, 0, 1, 0xE0, 8, 6, 0, 0, 0,
        ]
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let size = PNGSize(path: path)
        #expect(size?.width == 640 && size?.height == 480)
        #expect(Gallery(chapters: []).widthClass(path) == "")
        // 1600 × 400: four times as wide as high, so the figure spans the whole row.
        var wide = bytes
        wide[18...19] = [0x06, 0x40]
        wide[22...23] = [0x01, 0x90]
        try Data(wide).write(to: URL(fileURLWithPath: path))
        #expect(Gallery(chapters: []).widthClass(path) == " class=\"widest\"")
        #expect(PNGSize(path: "/nonexistent.png") == nil)
    }

    @Test func galleryListsEveryFigureWithItsCommandAndEscapesCaptions() {
        let html = Gallery(chapters: [Fixture.chapter]).html()
        #expect(html.contains("<a href=\"ch99/fig-99.1.svg\"><img src=\"ch99/fig-99.1.png\""))
        #expect(html.contains("swift run ch99 figures --only 99.1"))
        #expect(html.contains("An empty figure &lt;for&gt; tests &amp; such."))
    }

    @Test func figuresAreNamedByWhereTheyComeFrom() {
        let name = { (id: String) in BookFigure(id: id, caption: "") { Figure() }.displayName }
        #expect(name("10.2") == "Figure 10.2")
        #expect(name("problem-7.16") == "Problem 7.16")
        #expect(name("notebook-10.4") == "Notebook 10.4")
    }
}

@Suite struct MarkupTextTests {
    @Test func scriptsBecomeUnicodeInPlainText() {
        #expect(MarkupText.plain("more than 10^{107} regions, φ_0 and h_1") == "more than 10¹⁰⁷ regions, φ₀ and h₁")
        #expect(MarkupText.plain("x_{max} and \\sigma^2") == "xₘₐₓ and σ²")
        #expect(MarkupText.plain("y_{b} and e^{x}") == "y_b and e^x")
    }

    @Test func scriptsBecomeTagsInHTML() {
        #expect(MarkupText.html("10^{40} & D_i") == "10<sup>40</sup> &amp; D<sub>i</sub>")
    }

    @Test func listingCutsCaptionsAtSentenceEndsNotInsideNumbers() {
        #expect(ChapterListing.firstSentence("The lines of figure 2.2b–d. Then more.") == "The lines of figure 2.2b–d.")
        #expect(
            ChapterListing.firstSentence("The family of eq. 3.1 (see eqs. 3.2–3.3). Then more.")
                == "The family of eq. 3.1 (see eqs. 3.2–3.3).")
        #expect(ChapterListing.firstSentence("Eq. 3.1 step by step") == "Eq. 3.1 step by step")
        #expect(ChapterListing.cut(String(repeating: "a", count: 70)).count == ChapterListing.cellWidth)
    }
}
