import Testing

@Test func placeholderNeuralTests() { #expect(1 + 1 == 2) }
