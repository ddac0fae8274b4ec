import Plot
import Testing

@Test func udlLossEndpointsAndMidpointMatchThePalette() {
    let map = Colormap.udlLoss
    #expect(map.stops.count == 256)
    #expect(map.color(at: 0) == Color(rgb: 0x2a0902))
    #expect(map.color(at: 1) == Color(rgb: 0xffffe0))
    // Entries 127 and 128 of the list in anchors.md §3 are #b26b57 and #b36c58.
    #expect(map.color(at: 127.0 / 255) == Color(rgb: 0xb26b57))
    #expect(map.color(at: 128.0 / 255) == Color(rgb: 0xb36c58))
}

@Test func colormapClampsAndInterpolates() {
    let map = Colormap(stops: [.black, .white])
    #expect(map.color(at: -3) == .black)
    #expect(map.color(at: 7) == .white)
    #expect(map.color(at: 0.25) == Color(0.25, 0.25, 0.25))
}

@Test func hexColoursParse() {
    #expect(Color(hex: "#d18362") == Color(209.0 / 255, 131.0 / 255, 98.0 / 255))
    #expect(Color(hex: "80808080") == Color(128.0 / 255, 128.0 / 255, 128.0 / 255, 128.0 / 255))
    #expect(Color.contourGray.a == 0.5)
}
