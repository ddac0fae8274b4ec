import FileOutput
import Foundation
import Plot
import Testing

/// The figure behind `Golden/small.svg`: a line, a scatter and a text label.
private var smallFigure: Figure {
    var ax = Axes()
    ax.xLimits = 0...2; ax.yLimits = 0...2
    ax.xLabel = "Input, x"; ax.yLabel = "Output, y"
    ax.line(x: [0, 2], y: [0.4, 1.6], color: .bookCyan, width: 2, label: "φ_0 = 0.4")
    ax.scatter(x: [0.3, 1.0, 1.7], y: [0.5, 1.1, 1.4], color: .bookOrange, label: "data")
    ax.text("L = 7.07", at: Point(1.9, 0.1), anchor: .bottomRight)
    ax.legend(position: .upperLeft)
    return Figure(ax, width: 240, height: 200)
}

private let goldenURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/small.svg")

/// Compares with the golden file, exactly (`SVGDifference` only words the report). To
/// regenerate it after an intended change, run `UDL_RECORD_GOLDEN=1 swift test --filter PlotTests`,
/// look at the new SVG, and commit it; a recording run still fails so that it is never mistaken
/// for a pass.
@Test(.enabled(if: RenderingEnvironment.isReference, Comment(rawValue: RenderingEnvironment.mismatch)))
func smallFigureMatchesGoldenSVG() throws {
    let svg = try smallFigure.svg()
    if ProcessInfo.processInfo.environment["UDL_RECORD_GOLDEN"] == "1" {
        try Data(svg).write(to: goldenURL, options: .atomic)
        Issue.record("recorded \(goldenURL.path); rerun without UDL_RECORD_GOLDEN")
        return
    }
    let golden = try [UInt8](Data(contentsOf: goldenURL))
    if let difference = SVGDifference.between(committed: golden, rendered: svg, tolerance: 0) {
        Issue.record("SVG differs from \(goldenURL.path): \(difference)")
    }
}

/// One render made before the parallel ones, to compare them with.
private let serialRender = try! smallFigure.svg()

/// Renders running at once give the same bytes (cairo's process-wide ids are renumbered).
@Test(arguments: 0..<8)
func parallelRendersAreIdentical(_ run: Int) throws {
    let svg = try smallFigure.svg()
    if let difference = SVGDifference.between(committed: serialRender, rendered: svg, tolerance: 0) {
        Issue.record("render \(run) differs from a serial render: \(difference)")
    }
}

@Test func svgUsesPixelUnits() throws {
    let text = String(decoding: try smallFigure.svg(), as: UTF8.self)
    #expect(text.contains("width=\"240px\""))
    #expect(text.contains("height=\"200px\""))
    #expect(text.contains("id=\"surface1\""))
}

/// Width and height from the IHDR chunk, which follows the 8-byte signature and the chunk header.
private func pngSize(_ bytes: [UInt8]) -> (Int, Int) {
    func be32(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    #expect(Array(bytes[12..<16]) == Array("IHDR".utf8))
    return (be32(16), be32(20))
}

@Test(arguments: [1.0, 2, 3])
func pngSizeIsFigureSizeTimesScale(scale: Double) throws {
    var fig = Figure(columns: 2, rows: 1, panelWidth: 150, panelHeight: 120)
    fig[0].line(x: [0, 1], y: [0, 1])
    let (w, h) = pngSize(try fig.png(scale: scale))
    #expect(w == Int(300 * scale))
    #expect(h == Int(120 * scale))
}

@Test func pdfBytesAreDeterministic() throws {
    let a = try smallFigure.pdf()
    let b = try smallFigure.pdf()
    #expect(a == b)
    #expect(String(decoding: a, as: UTF8.self).contains("20231205"))
}

@Test func mismatchedDataThrowsADescriptiveError() {
    var ax = Axes()
    ax.line(x: [0, 1, 2], y: [0, 1])
    #expect(throws: PlotError.invalidData("line: x has 3 values, y has 2")) { try Figure(ax).svg() }
    var logAxes = Axes()
    logAxes.yScale = .log
    logAxes.yLimits = 0...10
    #expect(throws: PlotError.self) { try Figure(logAxes).png() }
    let error = PlotError.invalidData("x")
    #expect(error.description == "invalid plot data: x")
}

@Test func writingIntoAMissingFolderThrowsAndLeavesNothing() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("udl-missing-\(UUID().uuidString)")
    let path = folder.appendingPathComponent("sub/figure.svg").path
    #expect(throws: FileOutputError.self) { try smallFigure.write(to: path, format: .svg) }
    #expect(!FileManager.default.fileExists(atPath: path))
    #expect(!FileManager.default.fileExists(atPath: folder.path))
}

@Test func writingBelowARegularFileThrowsAndLeavesNothing() throws {
    // A path whose "folder" is a file cannot be written, even by root.
    let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("udl-file-\(UUID().uuidString)")
    try Data("not a folder".utf8).write(to: blocker)
    defer { try? FileManager.default.removeItem(at: blocker) }
    let path = blocker.appendingPathComponent("f.png").path
    #expect(throws: FileOutputError.self) { try smallFigure.write(to: path, format: .png) }
    #expect(try Data(contentsOf: blocker) == Data("not a folder".utf8))
}

@Test func writingLeavesOnlyTheFinalFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("udl-out-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    for format in OutputFormat.allCases {
        try smallFigure.write(to: folder.appendingPathComponent("small.\(format.rawValue)").path, format: format)
    }
    // Writing again replaces the file in place.
    try smallFigure.write(to: folder.appendingPathComponent("small.svg").path, format: .svg)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == ["small.pdf", "small.png", "small.svg"])
    let svg = try Data(contentsOf: folder.appendingPathComponent("small.svg"))
    #expect([UInt8](svg) == (try smallFigure.svg()))
}
