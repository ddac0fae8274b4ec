import Testing

@testable import Neural

/// Notebooks 8.1 and 10.2's recipes: their parameter counts and shapes from the layer sizes (the
/// notebook: 40 → 19 → 9 → 4 positions, "4x15 to length 60"). Chapter 10's tests train the CNN.
struct MNIST1DRecipeTests {
    /// 40·100 + 100 + 100·100 + 100 + 100·10 + 10, and 3·15 + 15 + 2·(15·3·15 + 15) + 60·10 + 10.
    @Test func parameterCounts() {
        #expect(MNIST1DRecipe.mlp.parameterCount == 15_210)
        #expect(MNIST1DRecipe.cnn.parameterCount == 2_050)
        var random = NumPyRandomState(seed: 0)
        let cnn = MNIST1DRecipe.convolutionalNetwork(random: &random)
        #expect(
            cnn.shapes.map(\.description) == [
                "1 × 40", "15 × 19", "15 × 19", "15 × 9", "15 × 9", "15 × 4", "15 × 4", "60", "10",
            ])
    }
}
