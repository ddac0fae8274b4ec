import Neural
import Plot

extension Regularization {
    /// Figure 9.3 on notebook 9.2's loss: (a) near-continuous descent (dashed) and discrete descent
    /// with step 0.05 (dots) part ways; (b) the implicit regularizer (α/4)‖∇L‖², drawn for α = 0.1;
    /// (c) near-continuous descent on the modified loss (α = 0.05) lands where the discrete path did.
    @Sendable static func figure9_3() -> Figure {
        typealias I = ImplicitRegularization
        let grid = linspace(I.window, 131)
        var figure = Figure(columns: 3, rows: 1, panelWidth: 290, panelHeight: 270)
        var original = lossAxes(Field(xs: grid, ys: grid) { I.loss([$0, $1]) }, range: 0...1)
        drawPath(I.discrete, on: &original, color: .bookCyan, every: 5, label: "step 0.05")
        drawPath(I.continuous, on: &original, color: .blue, dash: [6, 4], label: "continuous")
        original.legend(position: .upperRight)
        figure[0] = original
        figure[1] = lossAxes(Field(xs: grid, ys: grid) { I.regularizer([$0, $1], alpha: 0.1) })
        var modified = lossAxes(
            Field(xs: grid, ys: grid) { I.modifiedLoss([$0, $1], alpha: 0.05) }, range: 0...1)
        drawPath(I.discrete, on: &modified, color: .bookCyan, every: 5, label: "step 0.05, original loss")
        drawPath(I.corrected, on: &modified, color: .blue, dash: [6, 4], label: "continuous, modified loss")
        modified.legend(position: .upperRight)
        figure[2] = modified
        return figure
    }
}
