import Book
import Companion
import Foundation
import Plot
import Testing

/// The committed gallery page as a reader's browser lays it out: headless Chromium opens
/// `figures/index.html` in a 1400-pixel-wide window with a script appended that measures every
/// figure, and the test reads the measurements back from the DOM Chromium dumps.
@Suite struct GalleryPageTests {
    @Test(
        .enabled(
            if: Chromium.path != nil,
            "chromium is not installed (scripts/setup installs it), so the gallery's layout is not checked"),
        .timeLimit(.minutes(1)))
    func everyFigureLoadsInBookOrderAtALegibleSize() throws {
        let figures = try Chromium.measureGallery(windowWidth: 1400)
        let expected = book.flatMap { chapter in chapter.figures.map { "fig-" + $0.id } }
        #expect(figures.map(\.id).sorted() == expected.sorted(), "the page shows every figure of the book once")

        // Reading order on the screen (rows top to bottom, left to right in a row) is the book's.
        let onScreen = figures.sorted { ($0.top, $0.left) < ($1.top, $1.left) }.map(\.id)
        #expect(onScreen == expected)

        for figure in figures {
            #expect(figure.loaded, "\(figure.id) did not load")
            // Legible: at least 90 % of the figure's natural width (the SVG's, half the PNG's
            // pixels; half a pixel for the layout's rounding), unless it already fills the page.
            let natural = Double(figure.naturalPixels) / 2
            #expect(
                figure.width >= 0.9 * natural - 0.5 || figure.width >= figure.pageWidth - 24,
                "\(figure.id) is shown \(figure.width) pixels wide, natural width \(natural)")
        }

        // No holes: the room a row leaves (shared between its two ends, as rows are centred)
        // could not hold the next figure, even at 90 % of its natural width.
        let rows = Dictionary(grouping: figures) { "\($0.section) \($0.top)" }.values
            .sorted { ($0[0].top, $0[0].left) < ($1[0].top, $1[0].left) }
        for (row, next) in zip(rows, rows.dropFirst()) where next[0].section == row[0].section {
            let room = row[0].pageWidth - ((row.map(\.cardRight).max() ?? 0) - (row.map(\.cardLeft).min() ?? 0))
            let following = next.min { $0.left < $1.left }!
            let inset = following.cardRight - following.cardLeft - following.width
            let needed = 0.9 * Double(following.naturalPixels) / 2 + inset + following.gap
            #expect(
                room < needed,
                "the row of \(row.map(\.id).sorted()) leaves \(room) pixels, room for \(following.id) (\(needed))")
        }
    }

    /// The book's order is by chapter, then by figure number (a problem's figure by the
    /// problem's number), with the figures drawn from a notebook after the book's own, in the
    /// notebooks' order; the gallery's test checks against it.
    @Test func theBookListsFiguresByChapterThenNumber() {
        var previous = (chapter: 0, number: 0)
        for chapter in book {
            #expect(chapter.number > previous.chapter)
            previous = (chapter.number, 0)
            for figure in chapter.figures {
                let fromNotebook = figure.id.hasPrefix("notebook-")
                let parts = figure.id.replacingOccurrences(of: "problem-", with: "")
                    .replacingOccurrences(of: "notebook-", with: "").split(separator: ".")
                let number = (Int(parts.last?.prefix { $0.isNumber } ?? "") ?? -1) + (fromNotebook ? 1000 : 0)
                #expect(parts.first.flatMap { Int($0) } == chapter.number, "figure \(figure.id)")
                // A notebook may give several figures (notebook-10.2, notebook-10.2-kernels).
                let inOrder = number > previous.number || (fromNotebook && number == previous.number)
                #expect(inOrder, "figure \(figure.id) comes after number \(previous.number)")
                previous.number = number
            }
        }
    }
}

/// Finding and driving a headless Chromium.
enum Chromium {
    /// The first of the usual Chromium executables on the PATH.
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    /// One figure as laid out, in CSS pixels: its section (chapter), the image's and the card's
    /// boxes, the PNG's pixel width, whether it loaded, the section's right edge and width, and
    /// the gap the page leaves between cards.
    struct MeasuredFigure {
        var id: String
        var section: String
        var left: Double
        var top: Double
        var cardLeft: Double
        var cardRight: Double
        var width: Double
        var naturalPixels: Int
        var loaded: Bool
        var pageRight: Double
        var pageWidth: Double
        var gap: Double
    }

    /// Measures `figures/index.html` in a window `windowWidth` pixels wide. The page is copied
    /// into a scratch folder with a `<base>` pointing back at `figures/` (so its images load
    /// from there) and the measuring script before `</body>`; the images are switched from lazy
    /// to eager loading so that the load event waits for all of them.
    static func measureGallery(windowWidth: Int) throws -> [MeasuredFigure] {
        let chromium = try #require(path)
        let page = try String(contentsOfFile: repositoryRoot + "/figures/index.html", encoding: .utf8)
        let scratch = NSTemporaryDirectory() + "udl-gallery-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let probe =
            page
            .replacingOccurrences(of: "<head>", with: "<head>\n<base href=\"file://\(repositoryRoot)/figures/\">")
            .replacingOccurrences(of: "</body>", with: script + "</body>")
        try probe.write(toFile: scratch + "/index.html", atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(scratch)/profile",
            "--window-size=\(windowWidth),1000", "--virtual-time-budget=10000", "--dump-dom",
            "file://\(scratch)/index.html",
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 45, execute: watchdog)
        let dump = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        watchdog.cancel()
        try #require(process.terminationStatus == 0, "chromium exited with \(process.terminationStatus)")

        let start = try #require(dump.range(of: "<pre id=\"udl-measure\">"), "the measuring script did not run")
        let end = try #require(dump.range(of: "</pre>", range: start.upperBound..<dump.endIndex))
        return try dump[start.upperBound..<end.lowerBound].split(separator: "\n").map { line in
            let f = line.split(separator: " ").map(String.init)
            try #require(f.count == 12, "unreadable measurement '\(line)'")
            let n = f[2...].map { Double($0) ?? .nan }
            return MeasuredFigure(
                id: f[0], section: f[1], left: n[0], top: n[1], cardLeft: n[2], cardRight: n[3], width: n[4],
                naturalPixels: Int(n[5]), loaded: n[6] == 1, pageRight: n[7], pageWidth: n[8], gap: n[9])
        }
    }

    /// Writes one line per figure into `<pre id="udl-measure">` once every image has loaded
    /// (or failed): id, section, the image's left and top (from the page's top), the card's left
    /// and right, the image's width and natural width, 1 if it loaded, the right edge and width
    /// of the chapter's section, and the gap between cards.
    static let script = """
        <script>
        for (const image of document.images) image.loading = "eager";
        window.addEventListener("load", () => {
          const lines = [];
          for (const figure of document.querySelectorAll("figure")) {
            const image = figure.querySelector("img");
            const box = image.getBoundingClientRect();
            const page = figure.closest("section").getBoundingClientRect();
            const loaded = image.complete && image.naturalWidth > 0 ? 1 : 0;
            const card = figure.getBoundingClientRect();
            lines.push([figure.id, figure.closest("section").id, box.left, box.top + window.scrollY, card.left,
              card.right, box.width, image.naturalWidth, loaded, page.right, page.width,
              parseFloat(getComputedStyle(figure.parentElement).columnGap)].join(" "));
          }
          const out = document.createElement("pre");
          out.id = "udl-measure";
          out.textContent = lines.join("\\n");
          document.body.append(out);
        });
        </script>

        """
}
