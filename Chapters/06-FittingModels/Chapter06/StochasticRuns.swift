import Neural

extension FittingModels {
    /// Runs `optimizer` on the Gabor loss for `steps` steps. Before each step a batch is drawn as the
    /// first `batchSize` entries of a fresh permutation of the 30 indices (notebooks 6.3 and 6.4), and
    /// every gradient of that step (also Nesterov's look-ahead one) sums over that batch (eq. 6.10).
    /// A `schedule` sets the learning rate of step t (section 6.2.2).
    static func gaborStochasticPath<O: Optimizer>(
        _ optimizer: O, from start: [Double], steps: Int, batchSize: Int, seed: UInt32, schedule: StepDecay? = nil
    ) -> [[Double]] {
        var optimizer = optimizer
        var random = NumPyRandomState(seed: seed)
        var phi = start
        var path = [phi]
        for t in 0..<steps {
            let batch = Array(random.permutation(gabor.x.count).prefix(batchSize))
            if let schedule { optimizer.learningRate = schedule.rate(at: t) }
            optimizer.step(&phi) { gaborGradient($0, batch: batch) }
            path.append(phi)
        }
        return path
    }

    /// The three starts of figure 6.5 (the book does not give them): 1 and 3 lie in the valley of the
    /// global minimum; 2 lies on the ridge to its right, from where gradient descent slides into the
    /// neighbouring local minimum at (6.56, 18.35).
    static let comparisonStarts: [[Double]] = [[-1.5, 8.5], [3.5, 15.5], [1.5, 20.0]]

    /// Figure 6.5a: full-batch gradient descent with notebook 6.3's line search, 30 steps from each start.
    static func comparisonDescentPaths() -> [[[Double]]] {
        comparisonStarts.map { gaborLineSearchPath(from: $0, steps: 30) }
    }

    /// Figure 6.5b: SGD from the same starts with batches of 5, α = 0.8 halved every 40 steps,
    /// 120 steps, seed 4 for every run (our choice; the book gives none of these).
    static func comparisonStochasticPaths() -> [[[Double]]] {
        comparisonStarts.map {
            gaborStochasticPath(
                GradientDescent(learningRate: 0.8), from: $0, steps: 120, batchSize: 5, seed: 4,
                schedule: StepDecay(initialRate: 0.8, factor: 0.5, period: 40))
        }
    }

    /// Notebook 6.4 (figure 6.7): 81 steps from (−1.5, 6.5), batches of 5, α = 0.6, β = 0.6, seed 1.
    static let momentumSetting = (start: [-1.5, 6.5], steps: 81, batchSize: 5, rate: 0.6, beta: 0.6, seed: UInt32(1))

    static func momentumRuns() -> (sgd: [[Double]], momentum: [[Double]], nesterov: [[Double]]) {
        let s = momentumSetting
        return (
            gaborStochasticPath(
                GradientDescent(learningRate: s.rate), from: s.start, steps: s.steps,
                batchSize: s.batchSize, seed: s.seed),
            gaborStochasticPath(
                Momentum(learningRate: s.rate, beta: s.beta), from: s.start, steps: s.steps,
                batchSize: s.batchSize, seed: s.seed),
            gaborStochasticPath(
                NesterovMomentum(learningRate: s.rate, beta: s.beta), from: s.start, steps: s.steps,
                batchSize: s.batchSize, seed: s.seed)
        )
    }
}
