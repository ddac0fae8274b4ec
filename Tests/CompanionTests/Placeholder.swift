import Testing

@Test func placeholderCompanionTests() { #expect(1 + 1 == 2) }
