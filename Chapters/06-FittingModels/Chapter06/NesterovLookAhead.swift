import Neural

extension FittingModels {
    /// Figure 6.8's setting (ours; the figure is a diagram in the book): momentum with α = 0.5, β = 0.7 on
    /// notebook 6.5's valley from its start, four steps to reach point 1 just below the valley floor.
    static let nesterovSetting = (rate: 0.5, beta: 0.7, steps: 4)

    /// Figure 6.8: the path so far (ending at point 1) and points 1–5. From point 1 with momentum m,
    /// momentum (eq. 6.11) steps along the gradient at 1 to point 2 and then adds the momentum term to reach
    /// point 3; Nesterov momentum (eq. 6.12) first adds the momentum term (point 4), then steps along the
    /// gradient measured there to point 5.
    static func nesterovDiagram() -> (path: [[Double]], points: [[Double]]) {
        let s = nesterovSetting
        var momentum = Momentum(learningRate: s.rate, beta: s.beta)
        let path = momentum.trajectory(from: anisotropicStart, steps: s.steps, gradient: anisotropicGradient)
        let one = path.last!
        let m = momentum.momentum
        func step(_ phi: [Double], along v: [Double], by scale: Double) -> [Double] {
            [phi[0] - scale * v[0], phi[1] - scale * v[1]]
        }
        let two = step(one, along: anisotropicGradient(one), by: s.rate * (1 - s.beta))
        let three = step(two, along: m, by: s.rate * s.beta)
        let four = step(one, along: m, by: s.rate * s.beta)
        let five = step(four, along: anisotropicGradient(four), by: s.rate * (1 - s.beta))
        return (path, [one, two, three, four, five])
    }
}
