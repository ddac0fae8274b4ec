import Foundation
import Plot
import Testing

/// The code of the Plot documentation's getting-started article, run as written (into a
/// temporary folder).
@Test func theGettingStartedArticleDrawsTwoPanels() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plot-start-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("two-panels.svg").path

    let z = (0...200).map { -4 + 8 * Double($0) / 200 }
    var figure = Figure(columns: 2, rows: 1, panelWidth: 300, panelHeight: 240)
    figure[0].line(x: z, y: z.map { max(0, $0) }, color: .bookCyan, width: 2, label: "ReLU")
    figure[0].line(x: z, y: z.map { 1 / (1 + exp(-$0)) }, color: .bookOrange, width: 2, label: "sig[z]")
    figure[0].xLabel = "Input, z"
    figure[0].legend(position: .upperLeft)
    figure[1].scatter(x: [0.2, 0.5, 0.9, 1.3, 1.8], y: [0.4, 0.7, 1.0, 1.1, 1.5], color: .bookOrange)
    figure[1].line(x: [0, 2], y: [0.35, 1.6], color: .bookCyan, width: 2, label: "φ_0 + φ_1 x")
    try figure.write(to: path, format: .svg)

    let svg = try String(contentsOfFile: path, encoding: .utf8)
    #expect(svg.contains("width=\"600px\"") && svg.contains("height=\"240px\""))
    #expect(try svg == String(decoding: figure.svg(), as: UTF8.self))
}
