import Neural
import Plot

extension Regularization {
    /// Figure 9.9: (a) a fit with a kink that costs nothing at the data (the middle joint circled);
    /// (b) the same parameters with the eighth hidden unit removed; (c) after 2000 steps that each
    /// drop one of the kink's three units and descend.
    @Sendable static func figure9_9() -> Figure {
        typealias K = DropoutKink
        var figure = Figure(columns: 3, rows: 1, panelWidth: 260, panelHeight: 230)
        let middle = K.kinkUnits[0]
        let panels: [(Double) -> Double] = [
            { K.predict(K.kinked, $0) }, { K.predict(K.kinked, $0, dropping: middle) }, { K.predict(K.smoothed, $0) },
        ]
        for (index, f) in panels.enumerated() {
            var axes = Axes()
            axes.xLimits = 0...1
            axes.yLimits = 0...2.5
            axes.xLabel = "Input, x"
            axes.yLabel = "Output, y"
            axes.scatter(x: K.data.x, y: K.data.y, color: .bookOrange, size: 6)
            axes.function(f, over: 0...1, samples: 561, color: .bookCyan, width: 2)
            if index == 0 {
                let joint = SimplifiedModel.joints(K.hiddenUnits)[middle]
                axes.scatter(x: [joint], y: [f(joint)], color: .clear, size: 16, edge: .black)
            }
            figure[index] = axes
        }
        return figure
    }
}
