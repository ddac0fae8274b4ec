import Testing

/// Whether `text` quotes `number` as a number of its own: not as part of a longer one
/// ("61" is not quoted by "161051", "0.20" not by "0.205").
func quotes(_ text: String, _ number: String) -> Bool {
    var searchStart = text.startIndex
    while let found = text.range(of: number, range: searchStart..<text.endIndex) {
        let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
        let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
        let continuesBefore = number.first!.isNumber && (before.isNumber || before == ".")
        let continuesAfter = number.last!.isNumber && after.isNumber
        if !continuesBefore && !continuesAfter { return true }
        searchStart = text.index(after: found.lowerBound)
    }
    return false
}

@Test func aNumberIsQuotedOnlyWhole() {
    #expect(!quotes("161051 regions", "61"))
    #expect(quotes("161051 and 61 regions", "61"))
    #expect(!quotes("L = 0.205", "0.20"))
    #expect(quotes("L = 0.20.", "0.20"))
    #expect(quotes("up to 1.2e+107", "e+107"))
    #expect(quotes("x = −17.060", "−17.060"))
}
