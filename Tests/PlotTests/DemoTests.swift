import Foundation
import Plot
import Testing

@Test(arguments: DemoFigures.all.map(\.name))
func demoFigureRendersInAllFormats(name: String) throws {
    let figure = try #require(DemoFigures.all.first { $0.name == name }?.figure)
    let png = try figure.png()
    let svg = try figure.svg()
    let pdf = try figure.pdf()
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(String(decoding: svg.prefix(5), as: UTF8.self) == "<?xml")
    #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    // Embedded heat-map images and 3-D quads must be as repeatable as plain lines.
    #expect(try figure.svg() == svg)
    #expect(try figure.png() == png)
    if let folder = ProcessInfo.processInfo.environment["UDL_PLOT_DEMO_DIR"] {
        for format in OutputFormat.allCases {
            try figure.write(to: "\(folder)/\(name).\(format.rawValue)", format: format)
        }
    }
}
