import Foundation
import Plot
import Testing

@Test func niceTicksForSeveralRanges() {
    #expect(Ticks.nice(in: 0...2) == [0, 0.5, 1, 1.5, 2])
    #expect(Ticks.nice(in: 0...97) == [0, 20, 40, 60, 80])
    #expect(Ticks.nice(in: -1...1) == [-1, -0.5, 0, 0.5, 1])
    #expect(Ticks.nice(in: 0...10) == [0, 2, 4, 6, 8, 10])
    #expect(Ticks.nice(in: 0...1) == [0, 0.2, 0.4, 0.6, 0.8, 1])
    #expect(Ticks.nice(in: 3...7.5) == [3, 4, 5, 6, 7])
}

@Test func niceStepsUseOneTwoTwoAndAHalfFive() {
    #expect(Ticks.niceStep(0.4) == 0.5)
    #expect(Ticks.niceStep(19.4) == 20)
    #expect(Ticks.niceStep(2.2) == 2.5)
    #expect(Ticks.niceStep(0.007) == 0.01)
}

@Test func logTicksAreDecades() {
    #expect(Ticks.decades(in: 1...1e6) == [1, 10, 100, 1e3, 1e4, 1e5, 1e6])
    #expect(Ticks.decades(in: 0.5...200) == [1, 10, 100])
    #expect(Ticks.decades(in: 1...1e40).count <= 10)
    // Wide ranges keep round exponents: every tenth or twentieth decade, aligned to 10^0.
    #expect(Ticks.decades(in: 10...1e57) == [1e10, 1e20, 1e30, 1e40, 1e50])
    #expect(Ticks.decades(in: 1e-80...1e100) == stride(from: -80, through: 100, by: 20).map { pow(10.0, Double($0)) })
    #expect(Ticks.powerLabel(1000) == "10^{3}")
    #expect(Ticks.powerLabel(0.01) == "10^{−2}")
}

@Test func tickLabelsHaveNoFloatingPointNoise() {
    let ticks = Ticks.nice(in: 0...0.25)
    #expect(Ticks.labels(ticks) == ["0.00", "0.05", "0.10", "0.15", "0.20", "0.25"])
    #expect(Ticks.labels(Ticks.nice(in: 0...0.3)) == ["0.0", "0.1", "0.2", "0.3"])
    #expect(Ticks.labels([0, 0.5, 1, 1.5, 2]) == ["0.0", "0.5", "1.0", "1.5", "2.0"])
    #expect(Ticks.labels([0, 20, 40]) == ["0", "20", "40"])
    #expect(Ticks.labels([-1, -0.5, 0]) == ["−1.0", "−0.5", "0.0"])
    #expect(Ticks.labels([0, 2.5, 5]) == ["0.0", "2.5", "5.0"])
    #expect(Ticks.format(0.1 + 0.2, decimals: 1) == "0.3")
}
