import Companion
import Foundation
import Neural

extension FittingModels {
    static let notebookExercises: [Exercise] = [
        Exercise(
            id: "nb6.1", title: "The bracketing line search", source: "Notebook 6.1", function: "bracketLineSearch",
            reader: bracketLineSearch, reference: Reference.bracketLineSearch,
            wrong: [
                { loss, a, b, c, d, threshold, iterations in
                    // Every comparison reversed: it brackets a maximum.
                    try Reference.bracketLineSearch(
                        loss: { -loss($0) }, a: a, b: b, c: c, d: d,
                        threshold: threshold, maxIterations: iterations)
                },
                { loss, a, b, c, d, _, _ in [a, b, c, d].min { loss($0) < loss($1) }! },
            ],
            check: checkLineSearch),
        Exercise(
            id: "nb6.2.loss", title: "The loss of the line", source: "Notebook 6.2", function: "linearLoss",
            reader: linearLoss, reference: Reference.linearLoss,
            wrong: [
                { phi, x, y in try Reference.linearLoss(phi: phi, x: x, y: y) / Double(x.count) },
                { phi, x, y in try Reference.linearLoss(phi: phi.reversed(), x: x, y: y) },
            ],
            check: checkLinearLoss),
        Exercise(
            id: "nb6.2.gradient", title: "Its gradient", source: "Notebook 6.2", function: "linearGradient",
            reader: linearGradient, reference: Reference.linearGradient,
            wrong: [
                { phi, x, y in try Reference.linearGradient(phi: phi, x: x, y: y).map { $0 / Double(x.count) } },
                { phi, x, y in try Reference.linearGradient(phi: phi, x: x, y: y).reversed() },
            ],
            check: checkLinearGradient),
        Exercise(
            id: "nb6.2.step", title: "A gradient-descent step with line search", source: "Notebook 6.2",
            function: "lineSearchStep", reader: lineSearchStep,
            reference: Reference.lineSearchStep,
            wrong: [
                { phi, x, y in
                    let g = try Reference.linearGradient(phi: phi, x: x, y: y)
                    return [phi[0] - 0.1 * g[0], phi[1] - 0.1 * g[1]]
                },
                { phi, x, y in
                    var next = phi
                    LineSearchGradientDescent(maxDistance: 1).step(
                        &next, gradient: try Reference.linearGradient(phi: phi, x: x, y: y)
                    ) {
                        LinearRegression(intercept: $0[0], slope: $0[1]).loss(x: x, y: y)
                    }
                    return next
                },
            ],
            check: checkLineSearchStep),
        Exercise(
            id: "nb6.3.loss", title: "The Gabor loss", source: "Notebook 6.3", function: "gaborModelLoss",
            reader: gaborModelLoss, reference: Reference.gaborModelLoss,
            wrong: [
                { phi, x, y in
                    zip(x, y).reduce(0) {
                        let r = sin(phi[0] + 0.06 * phi[1] * $1.0) - $1.1; return $0 + r * r
                    }
                },
                { phi, x, y in GaborModel(phi).loss(x: x, y: y) / Double(x.count) },
            ],
            check: checkGaborLoss),
        Exercise(
            id: "nb6.3.descent", title: "Fixed-step gradient descent on the Gabor loss", source: "Notebook 6.3",
            function: "gaborFixedStepPath", reader: gaborFixedStepPath,
            reference: Reference.gaborFixedStepPath,
            wrong: [
                { x, y, start, rate, steps in
                    Array(
                        try Reference.gaborFixedStepPath(x: x, y: y, start: start, rate: rate, steps: steps).dropFirst()
                    )
                },
                { x, y, start, rate, steps in
                    try Reference.gaborFixedStepPath(x: x, y: y, start: start, rate: -rate, steps: steps)
                },
            ],
            check: checkFixedStepPath),
        Exercise(
            id: "nb6.3.sgd", title: "Stochastic gradient descent", source: "Notebook 6.3", function: "gaborSGDPath",
            reader: gaborSGDPath, reference: Reference.gaborSGDPath,
            wrong: [
                { x, y, start, rate, size, steps, seed in
                    // One batch for the whole run.
                    var random = NumPyRandomState(seed: UInt32(seed))
                    let batch = Array(random.permutation(x.count).prefix(size))
                    var descent = GradientDescent(learningRate: rate)
                    return descent.trajectory(from: start, steps: steps) {
                        GaborModel($0).gradient(x: x, y: y, batch: batch)
                    }
                },
                { x, y, start, rate, size, steps, seed in
                    try Reference.gaborSGDPath(
                        x: x, y: y, start: start, rate: rate / Double(size), batchSize: size,
                        steps: steps, seed: seed)
                },
            ],
            check: checkSGDPath),
        Exercise(
            id: "nb6.3.schedule", title: "SGD with a learning-rate schedule", source: "Notebook 6.3",
            function: "gaborScheduledSGDPath", reader: gaborScheduledSGDPath,
            reference: Reference.gaborScheduledSGDPath,
            wrong: [
                { x, y, start, rate, factor, period, size, steps, seed in
                    Reference.stochasticPath(
                        GradientDescent(learningRate: rate), x: x, y: y, start: start, batchSize: size,
                        steps: steps, seed: seed,
                        schedule: StepDecay(initialRate: rate * factor, factor: factor, period: period))
                },
                { x, y, start, rate, _, _, size, steps, seed in
                    try Reference.gaborSGDPath(
                        x: x, y: y, start: start, rate: rate, batchSize: size, steps: steps, seed: seed)
                },
            ],
            check: checkScheduledPath),
        Exercise(
            id: "nb6.4.momentum", title: "SGD with momentum", source: "Notebook 6.4", function: "gaborMomentumPath",
            reader: gaborMomentumPath, reference: Reference.gaborMomentumPath,
            wrong: [
                { x, y, start, rate, beta, size, steps, seed in
                    Reference.stochasticPath(
                        PyTorchMomentum(learningRate: rate, momentum: beta), x: x, y: y, start: start,
                        batchSize: size, steps: steps, seed: seed)
                },
                { x, y, start, rate, beta, size, steps, seed in
                    try Reference.gaborNesterovPath(
                        x: x, y: y, start: start, rate: rate, beta: beta, batchSize: size,
                        steps: steps, seed: seed)
                },
            ],
            check: checkMomentumPath),
        Exercise(
            id: "nb6.4.nesterov", title: "SGD with Nesterov momentum", source: "Notebook 6.4",
            function: "gaborNesterovPath",
            reader: gaborNesterovPath, reference: Reference.gaborNesterovPath,
            wrong: [
                { x, y, start, rate, beta, size, steps, seed in
                    try Reference.gaborMomentumPath(
                        x: x, y: y, start: start, rate: rate, beta: beta, batchSize: size,
                        steps: steps, seed: seed)
                },
                { x, y, start, rate, beta, size, steps, seed in
                    try Reference.gaborNesterovPath(
                        x: x, y: y, start: start, rate: rate, beta: 1 - beta, batchSize: size,
                        steps: steps, seed: seed)
                },
            ],
            check: checkNesterovPath),
        Exercise(
            id: "nb6.5.normalized", title: "Normalised gradients", source: "Notebook 6.5",
            function: "normalizedGradientPath",
            reader: normalizedGradientPath,
            reference: Reference.normalizedGradientPath,
            wrong: [
                { gradient, start, rate, steps in
                    var descent = GradientDescent(learningRate: rate)
                    return descent.trajectory(from: start, steps: steps, gradient: gradient)
                },
                { gradient, start, rate, steps in
                    // Divided by the length of the whole gradient instead of coordinate by coordinate.
                    var descent = GradientDescent(learningRate: rate)
                    return descent.trajectory(from: start, steps: steps) { phi in
                        let g = gradient(phi)
                        let norm = (g[0] * g[0] + g[1] * g[1]).squareRoot()
                        return g.map { $0 / norm }
                    }
                },
            ],
            check: checkNormalizedPath),
        Exercise(
            id: "nb6.5.adam", title: "Adam", source: "Notebook 6.5", function: "adamPath",
            reader: adamPath, reference: Reference.adamPath,
            wrong: [
                { gradient, start, rate, beta, gamma, steps in
                    // No bias correction (eq. 6.16 left out).
                    var phi = start
                    var m = [0.0, 0]
                    var v = [0.0, 0]
                    var path = [phi]
                    for _ in 0..<steps {
                        let g = gradient(phi)
                        for i in 0..<2 {
                            m[i] = beta * m[i] + (1 - beta) * g[i]
                            v[i] = gamma * v[i] + (1 - gamma) * g[i] * g[i]
                            phi[i] -= rate * m[i] / (v[i].squareRoot() + 1e-20)
                        }
                        path.append(phi)
                    }
                    return path
                },
                { gradient, start, rate, beta, gamma, steps in
                    try Reference.adamPath(
                        gradient: gradient, start: start, rate: rate, beta: gamma, gamma: beta, steps: steps)
                },
            ],
            check: checkAdamPath),
    ]
}
