import Testing

@Test func placeholderPlotTests() { #expect(1 + 1 == 2) }
