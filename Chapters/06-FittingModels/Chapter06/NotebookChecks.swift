import Companion
import Foundation
import Neural

extension FittingModels {
    static let notebookExercises: [Exercise] = [
        Exercise(
            id: "nb6.1", title: "The bracketing line search", source: "Notebook 6.1", function: "bracketLineSearch",
            reader: bracketLineSearch as Search, reference: Reference.bracketLineSearch as Search,
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
            reader: linearLoss as DataScalar, reference: Reference.linearLoss as DataScalar,
            wrong: [
                { phi, x, y in try Reference.linearLoss(phi: phi, x: x, y: y) / Double(x.count) },
                { phi, x, y in try Reference.linearLoss(phi: phi.reversed(), x: x, y: y) },
            ],
            check: checkLinearLoss),
        Exercise(
            id: "nb6.2.gradient", title: "Its gradient", source: "Notebook 6.2", function: "linearGradient",
            reader: linearGradient as DataVector, reference: Reference.linearGradient as DataVector,
            wrong: [
                { phi, x, y in try Reference.linearGradient(phi: phi, x: x, y: y).map { $0 / Double(x.count) } },
                { phi, x, y in try Reference.linearGradient(phi: phi, x: x, y: y).reversed() },
            ],
            check: checkLinearGradient),
        Exercise(
            id: "nb6.2.step", title: "A gradient-descent step with line search", source: "Notebook 6.2",
            function: "lineSearchStep", reader: lineSearchStep as DataVector,
            reference: Reference.lineSearchStep as DataVector,
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
            reader: gaborModelLoss as DataScalar, reference: Reference.gaborModelLoss as DataScalar,
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
            function: "gaborFixedStepPath", reader: gaborFixedStepPath as FixedPath,
            reference: Reference.gaborFixedStepPath as FixedPath,
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
            reader: gaborSGDPath as SGDPath, reference: Reference.gaborSGDPath as SGDPath,
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
            function: "gaborScheduledSGDPath", reader: gaborScheduledSGDPath as ScheduledPath,
            reference: Reference.gaborScheduledSGDPath as ScheduledPath,
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
            reader: gaborMomentumPath as MomentumPath, reference: Reference.gaborMomentumPath as MomentumPath,
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
            reader: gaborNesterovPath as MomentumPath, reference: Reference.gaborNesterovPath as MomentumPath,
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
            reader: normalizedGradientPath as NormalizedPath,
            reference: Reference.normalizedGradientPath as NormalizedPath,
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
            reader: adamPath as AdamPath, reference: Reference.adamPath as AdamPath,
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

    static func checkLineSearch(_ answer: Search) throws {
        // NumPy run of notebook 6.1's search on its function, bracket (0, 0.33, 0.66, 1), 1e-4, 10 iterations.
        try expectClose(
            try answer(bumpyLoss, 0, 0.33, 0.66, 1, 1e-4, 10), 0.3832312147538486, tolerance: 1e-12,
            "notebook 6.1's function on [0, 1]")
        let cases: [(String, @Sendable (Double) -> Double, [Double], Double, Int)] = [
            ("a parabola with its minimum at 0.8", { ($0 - 0.8) * ($0 - 0.8) }, [0, 0.33, 0.66, 1], 1e-6, 40),
            ("a function rising from a", { $0 * $0 + $0 }, [0, 0.5, 1, 1.5], 1e-6, 40),
            ("notebook 6.1's function, 3 iterations", bumpyLoss, [0, 0.33, 0.66, 1], 1e-4, 3),
            ("a cosine on [1, 7]", { cos($0) }, [1, 3, 5, 7], 1e-5, 15),
        ]
        for (name, f, bracket, threshold, iterations) in cases {
            let expected = lineSearch(
                loss: f, a: bracket[0], b: bracket[1], c: bracket[2], d: bracket[3],
                threshold: threshold, maxIterations: iterations)
            try expectClose(
                try answer(f, bracket[0], bracket[1], bracket[2], bracket[3], threshold, iterations), expected,
                tolerance: 1e-12, name)
        }
    }

    static func checkLinearLoss(_ answer: DataScalar) throws {
        try expectClose(
            try answer([0.6, -0.2], line.x, line.y), 12.367, tolerance: 0.0005 / 12.367,
            "the loss at φ = (0.6, −0.2) (notebook 6.2: 12.367)")
        for phi in [[1.6, -0.5], [0.8260, 0.5222], [-1, 2]] {
            try expectClose(
                try answer(phi, line.x, line.y),
                LinearRegression(intercept: phi[0], slope: phi[1]).loss(x: line.x, y: line.y),
                tolerance: 1e-12, "the loss at φ = \(phi)")
        }
    }

    static func checkLinearGradient(_ answer: DataVector) throws {
        for phi in [[0.6, -0.2], [1.6, -0.5], [-1, 2]] {
            let numeric = FiniteDifferences.gradient(
                { LinearRegression(intercept: $0[0], slope: $0[1]).loss(x: line.x, y: line.y) }, at: phi)
            try expectClose(
                try answer(phi, line.x, line.y), numeric, tolerance: 1e-6,
                "∂L/∂φ at φ = \(phi), against finite differences")
        }
    }

    static func checkLineSearchStep(_ answer: DataVector) throws {
        // NumPy run of notebook 6.2 from (1.6, −0.5): positions 1, 4 and 10.
        let expected: [Int: [Double]] = [
            1: [1.7081578732791285, -0.20335824721715745],
            4: [1.0663027284263036, 0.20870251313523863],
            10: [0.8676748337114015, 0.4677990615161769],
        ]
        var phi = lineStart
        for step in 1...10 {
            phi = try answer(phi, line.x, line.y)
            if let value = expected[step] {
                try expectClose(phi, value, tolerance: 1e-9, "φ after \(step) steps from (1.6, −0.5)")
            }
        }
    }

    static func checkGaborLoss(_ answer: DataScalar) throws {
        try expectClose(
            try answer([0.6, -0.2], gabor.x, gabor.y), 16.419, tolerance: 0.0005 / 16.419,
            "the loss at φ = (0.6, −0.2) (notebook 6.3: 16.419)")
        for phi in [[-5.0, 25], [0, 16.6], [3.5, 6.5]] {
            try expectClose(
                try answer(phi, gabor.x, gabor.y), GaborModel(phi).loss(x: gabor.x, y: gabor.y),
                tolerance: 1e-12, "the loss at φ = \(phi)")
        }
    }

    static func checkPath(_ got: [[Double]], _ expected: [Int: [Double]], steps: Int, tolerance: Double, _ what: String)
        throws
    {
        try expectEqual(got.count, steps + 1, "\(what): the path holds the start and one point per step")
        for (step, value) in expected.sorted(by: { $0.key < $1.key }) {
            try expectClose(got[step], value, tolerance: tolerance, "\(what), φ after \(step) steps")
        }
    }

    static func checkFixedStepPath(_ answer: FixedPath) throws {
        // NumPy, notebook 6.3: α = 0.2, 21 steps from (−1.5, 8.5).
        try checkPath(
            try answer(gabor.x, gabor.y, [-1.5, 8.5], 0.2, 21),
            [
                0: [-1.5, 8.5], 1: [-1.0675368982436864, 8.433189224344698],
                21: [0.11334887403053037, 13.469440111825431],
            ],
            steps: 21, tolerance: 1e-9, "α = 0.2 from (−1.5, 8.5)")
    }

    static func checkSGDPath(_ answer: SGDPath) throws {
        // NumPy, notebook 6.3: np.random.seed(1), α = 0.8, batches of 5, 41 steps from (3.5, 6.5).
        try checkPath(
            try answer(gabor.x, gabor.y, [3.5, 6.5], 0.8, 5, 41, 1),
            [1: [3.3764804676465863, 6.643696288182774], 41: [-0.49668021286886854, 12.268408962523838]],
            steps: 41, tolerance: 1e-9, "notebook 6.3's SGD run")
    }

    static func checkScheduledPath(_ answer: ScheduledPath) throws {
        // NumPy: the same run with α = 0.8 halved every 10 steps.
        try checkPath(
            try answer(gabor.x, gabor.y, [3.5, 6.5], 0.8, 0.5, 10, 5, 41, 1),
            [41: [-0.05082628633956125, 9.437200172014363]], steps: 41, tolerance: 1e-9,
            "α = 0.8 halved every 10 steps")
        try checkPath(
            try answer(gabor.x, gabor.y, [3.5, 6.5], 0.8, 1, 7, 5, 41, 1),
            [41: [-0.49668021286886854, 12.268408962523838]], steps: 41, tolerance: 1e-9,
            "factor 1 (no decay) must repeat notebook 6.3's SGD run")
    }

    static func checkMomentumPath(_ answer: MomentumPath) throws {
        // NumPy, notebook 6.4: seed 1, α = 0.6, β = 0.6, batches of 5, 81 steps from (−1.5, 6.5).
        try checkPath(
            try answer(gabor.x, gabor.y, [-1.5, 6.5], 0.6, 0.6, 5, 81, 1),
            [1: [-1.7273954747004734, 6.523162331817382], 81: [0.0209550454050294, 15.070487997431663]],
            steps: 81, tolerance: 1e-9, "notebook 6.4's momentum run")
    }

    static func checkNesterovPath(_ answer: MomentumPath) throws {
        try checkPath(
            try answer(gabor.x, gabor.y, [-1.5, 6.5], 0.6, 0.6, 5, 81, 1),
            [1: [-1.7273954747004734, 6.523162331817382], 81: [0.0371134371476334, 14.837198889954607]],
            steps: 81, tolerance: 1e-9, "notebook 6.4's Nesterov run")
    }

    static func checkNormalizedPath(_ answer: NormalizedPath) throws {
        // NumPy, notebook 6.5: α = 0.08, 40 steps from (−0.7, −0.9); the end bounces between two points.
        try checkPath(
            try answer(anisotropicGradient, anisotropicStart, 0.08, 40),
            [1: [-0.62, -0.82], 39: [0.66, -0.02], 40: [0.74, 0.06]], steps: 40, tolerance: 1e-9,
            "notebook 6.5's normalised run")
    }

    static func checkAdamPath(_ answer: AdamPath) throws {
        // NumPy, notebook 6.5: α = 0.05, β = 0.9, γ = 0.99, 60 steps from (−0.7, −0.9).
        try checkPath(
            try answer(anisotropicGradient, anisotropicStart, 0.05, 0.9, 0.99, 60),
            [1: [-0.65, -0.85], 60: [0.667072540810228, 0.02950019175175221]], steps: 60, tolerance: 1e-7,
            "notebook 6.5's Adam run")
    }
}
