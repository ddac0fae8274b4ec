import Testing

@testable import Neural

/// The simplified model's feature rows (figure 8.4), worked by hand.
struct SimplifiedModelTests {
    @Test func featuresAreOneAndTheRampsOfTheJoints() {
        // Four units with joints 0, ¼, ½, ¾ at x = 0.5: ramps 0.5, 0.25, 0, 0.
        #expect(SimplifiedModel.features(0.5, hiddenUnits: 4) == [1, 0.5, 0.25, 0, 0])
        #expect(SimplifiedModel.features(-1, hiddenUnits: 2) == [1, 0, 0])
    }
}
