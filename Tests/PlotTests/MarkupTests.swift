import Plot
import Testing

@Test func subscriptsAndSuperscriptsParse() {
    #expect(
        Markup.parse("φ_0") == [
            .init(text: "φ", position: .base, depth: 0),
            .init(text: "0", position: .sub, depth: 1),
        ])
    #expect(
        Markup.parse("x^{2}") == [
            .init(text: "x", position: .base, depth: 0),
            .init(text: "2", position: .sup, depth: 1),
        ])
    #expect(
        Markup.parse("β_{k+1} = 1") == [
            .init(text: "β", position: .base, depth: 0),
            .init(text: "k+1", position: .sub, depth: 1),
            .init(text: " = 1", position: .base, depth: 0),
        ])
    #expect(Markup.parse("10^{40}").map(\.text) == ["10", "40"])
}

@Test func latexNamesBecomeGreek() {
    #expect(Markup.parse("\\phi").map(\.text) == ["φ"])
    #expect(Markup.parse("\\Omega_k").map(\.text) == ["Ω", "k"])
    #expect(Markup.parse("L[\\beta, \\sigma]").map(\.text) == ["L[β, σ]"])
    #expect(Markup.parse("a\\_b").map(\.text) == ["a_b"])
    #expect(Markup.symbol(named: "Sigma") == "Σ")
}

@Test func subscriptIsDrawnSmaller() {
    let scripted = Markup.width(of: "φ_0", size: 12)
    let flat = Markup.width(of: "φ0", size: 12)
    #expect(scripted > Markup.width(of: "φ", size: 12))
    #expect(scripted < flat)
    #expect(Markup.width(of: "x^{2}", size: 12) < Markup.width(of: "x2", size: 12))
}

@Test func aCodeIdentifierIsNotMarkup() {
    #expect(Markup.parse("number_parameters(10, 8)").map(\.text).joined() == "number_parameters(10, 8)")
    #expect(Markup.parse("number_parameters").allSatisfy { $0.position == .base })
    #expect(Markup.parse("θ_{d0}").last?.position == .sub)
    #expect(Markup.parse("\\Omega_k").last?.position == .sub)
    #expect(Markup.parse("x_{max}").last?.position == .sub)
    #expect(Markup.parse("h_k").last?.position == .sub)
    #expect(Markup.parse("softmax_k[f]").map(\.text) == ["softmax", "k", "[f]"])
}
