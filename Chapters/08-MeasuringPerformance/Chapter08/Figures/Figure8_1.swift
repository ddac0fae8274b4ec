import Neural
import Plot

extension MeasuringPerformance {
    /// Figure 8.1's example: the digit and the generator seed of the stages in panels b–d.
    static let figure81Example = (label: 3, seed: UInt32(42))

    /// Figure 8.1: MNIST-1D from its generator's own stages, each signal drawn upright as the
    /// book draws it (the value horizontal, the position running down). (a) The ten templates;
    /// (b) one template padded, stretched, scaled and shifted; (c) with the noise and the shear;
    /// (d) resampled at the 40 positions of an example.
    @Sendable static func figure8_1() -> Figure {
        let templates = MNIST1DTemplates()
        var random = NumPyRandomState(seed: figure81Example.seed)
        let stages = MNIST1D.exampleStages(label: figure81Example.label, random: &random)
        var figure = Figure(columns: 13, rows: 1, panelWidth: 62, panelHeight: 240)
        let all = templates.x.joined()
        let span = (all.min()!, all.max()!)
        for (digit, template) in templates.x.enumerated() {
            var axes = uprightSignal(template, color: .black, span: span)
            axes.title = "\(digit)"
            axes.letter = digit == 0 ? "a" : ""
            figure[digit] = axes
        }
        var transformed = uprightSignal(stages.transformed, color: .black)
        transformed.letter = "b"
        figure[10] = transformed
        var noisy = uprightSignal(stages.noisy, color: .black)
        noisy.letter = "c"
        figure[11] = noisy
        var sampled = uprightSignal(stages.noisy, color: .lightGray)
        let positions = linspace(0, 1, stages.sampled.count)
        sampled.scatter(x: stages.sampled, y: positions, color: .bookOrange, size: 3.5)
        sampled.letter = "d"
        figure[12] = sampled
        return figure
    }

    /// Axes showing `signal` with its value across (over `span`, or its own range) and its
    /// position (0 at the top, 1 at the bottom) down, without ticks.
    private static func uprightSignal(_ signal: [Double], color: Color, span: (Double, Double)? = nil) -> Axes {
        var axes = Axes()
        let (low, high) = span ?? (signal.min() ?? 0, signal.max() ?? 1)
        let margin = 0.15 * max(high - low, 1e-9)
        axes.xLimits = (low - margin)...(high + margin)
        axes.yLimits = 0...1
        axes.invertY = true
        axes.xTicks = []
        axes.yTicks = []
        axes.line(x: signal, y: linspace(0, 1, signal.count), color: color, width: 1.5)
        return axes
    }
}
