import Neural
import Plot

extension Regularization {
    /// Figure 9.4: the Gabor model's mean loss (a), the gradient term of eq. 9.8 (b), SGD's batch
    /// variance term of eq. 9.9 (c) and their sum (d); the blue points mark the lowest grid value of
    /// (a) and of (d).
    @Sendable static func figure9_4() -> Figure {
        typealias S = ImplicitSGD
        let xs = linspace(ExplicitRegularization.window.0, 121)
        let ys = linspace(ExplicitRegularization.window.1, 121)
        let fields = [
            Field(xs: xs, ys: ys) { S.meanLoss([$0, $1]) },
            Field(xs: xs, ys: ys) { S.gradientTerm([$0, $1]) },
            Field(xs: xs, ys: ys) { S.batchVarianceTerm([$0, $1]) },
            Field(xs: xs, ys: ys) { S.modifiedLoss([$0, $1]) },
        ]
        var figure = Figure(columns: 4, rows: 1, panelWidth: 260, panelHeight: 250)
        for (index, field) in fields.enumerated() {
            var axes = lossAxes(field)
            if index == 0 || index == 3 {
                let lowest = field.values.indices.min { field.values[$0] < field.values[$1] }!
                axes.scatter(
                    x: [xs[lowest % xs.count]], y: [ys[lowest / xs.count]], color: .blue, size: 9, edge: .white)
            }
            figure[index] = axes
        }
        return figure
    }
}
