import Companion
import Foundation
import Neural
import Testing

@testable import Chapter06

/// Chapter 6 against the book, notebooks 6.1–6.5 (values from NumPy/SciPy reruns) and closed forms.
@Suite struct Chapter06Tests {
    let chapter = FittingModels.chapter

    @Test func notebookLossesMatch() {
        // Notebook 6.2: "Correct loss = 12.367"; notebook 6.3: "Correct loss = 16.419" (both at φ = (0.6, −0.2)).
        #expect((FittingModels.lineLoss([0.6, -0.2]) * 1000).rounded() / 1000 == 12.367)
        #expect((FittingModels.gaborLoss([0.6, -0.2]) * 1000).rounded() / 1000 == 16.419)
    }

    @Test func notebook6_2GradientMatchesForwardDifferences() {
        // Notebook 6.2 checks the analytic gradient (eqs. 6.6–6.7) at φ = (0.6, −0.2) against forward differences
        // with δ = 0.0001. NumPy: gradient (−21.904, −26.84044), forward differences (−21.9028, −26.83894);
        // the forward difference is off by δ/2 · ∂²L/∂φ² = δ/2 · (2I, 2Σx²) = (0.0012, 0.0015).
        let phi = [0.6, -0.2]
        let delta = 1e-4
        let g = FittingModels.lineGradient(phi)
        #expect(abs(g[0] + 21.904) < 1e-12 && abs(g[1] + 26.84044) < 1e-12)
        for k in 0..<2 {
            var step = phi
            step[k] += delta
            let forward = (FittingModels.lineLoss(step) - FittingModels.lineLoss(phi)) / delta
            #expect(abs(forward - g[k]) < 2e-3, "∂L/∂φ\(k)")
        }
        let central = FiniteDifferences.gradient(FittingModels.lineLoss, at: phi)
        #expect(abs(central[0] - g[0]) < 1e-6 && abs(central[1] - g[1]) < 1e-6)
    }

    @Test func notebook6_2PathMatchesNumPy() {
        // Figure 6.1a: a training set of I = 12 pairs.
        #expect(FittingModels.line.x.count == 12 && FittingModels.line.y.count == 12)
        // NumPy rerun of notebook 6.2 from its start (1.6, −0.5): φ_4 = (1.0663027284263036, 0.20870251313523863),
        // L = 0.649114883003471, still far from the minimum 0.200 (the `linear` demo).
        let path = FittingModels.lineDescentPath()
        #expect(abs(path[4][0] - 1.0663027284263036) < 1e-9 && abs(path[4][1] - 0.20870251313523863) < 1e-9)
        #expect(abs(FittingModels.lineLoss(path[4]) - 0.649114883003471) < 1e-9)
    }

    @Test func figure6_1IsCloseToTheMinimumAfterFourIterations() {
        // Figure 6.1: "After only four iterations, we are already close to the minimum." The minimum from the
        // normal equations: φ1 = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)², φ0 = ȳ − φ1·x̄ (NumPy: L = 0.19986635693424937).
        let (x, y) = BookData.line12
        let mx = x.reduce(0, +) / 12
        let my = y.reduce(0, +) / 12
        let slope =
            zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) } / x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
        let intercept = my - slope * mx
        let minimum = zip(x, y).reduce(0) { $0 + (intercept + slope * $1.0 - $1.1) * (intercept + slope * $1.0 - $1.1) }
        #expect(abs(minimum - 0.19986635693424937) < 1e-12)
        let path = FittingModels.figureLineDescentPath()
        #expect(path.count == 5)
        #expect(FittingModels.lineLoss(path[0]) > 15)
        #expect(FittingModels.lineLoss(path[4]) - minimum < 0.005)
        // The steps zig-zag: positions 1 and 2 are still visibly away from the minimum.
        #expect(FittingModels.lineLoss(path[1]) > minimum + 1 && FittingModels.lineLoss(path[2]) > minimum + 0.1)
    }

    @Test func problem6_7StepsTurnAtRightAngles() {
        // Problem 6.7: with a line search each step is perpendicular to the previous one.
        let path = FittingModels.lineDescentPath()
        for t in 1..<9 {
            let u = [path[t][0] - path[t - 1][0], path[t][1] - path[t - 1][1]]
            let v = [path[t + 1][0] - path[t][0], path[t + 1][1] - path[t][1]]
            let cosine =
                (u[0] * v[0] + u[1] * v[1]) / ((u[0] * u[0] + u[1] * u[1]) * (v[0] * v[0] + v[1] * v[1])).squareRoot()
            #expect(abs(cosine) < 0.02, "step \(t)")
        }
    }

    @Test func figure6_4MinimaAndSaddleMatchSciPy() throws {
        // SciPy BFGS from every local minimum of the loss on notebook 6.3's 0.1 grid: 8 minima, the global one
        // at (0.00379, 16.02635) with L = 0.645696 (the book's 0.64 belongs to its own 28 points).
        let minima = FittingModels.gaborMinima
        #expect(minima.count == 8)
        #expect(abs(minima[0].loss - 0.645696) < 1e-6)
        #expect(abs(minima[0].phi[0] - 0.00379) < 1e-4 && abs(minima[0].phi[1] - 16.02635) < 1e-4)
        #expect(abs(minima[1].loss - 3.356427) < 1e-6)
        // SciPy root of the gradient: saddle at (−2.8525, 9.038), L = 14.29285, eigenvalues −4.818 and 0.808,
        // downhill direction (−0.989, 0.148): "decreases horizontally, increases vertically".
        let saddle = FittingModels.gaborSaddle
        #expect(abs(saddle.phi[0] + 2.8525) < 1e-3 && abs(saddle.phi[1] - 9.038) < 1e-3)
        #expect(abs(saddle.loss - 14.29285) < 1e-4)
        #expect(abs(saddle.eigenvalues[0] + 4.818) < 2e-3 && abs(saddle.eigenvalues[1] - 0.808) < 2e-3)
        #expect(abs(saddle.lowestDirection[0]) > 0.98)
    }

    @Test func figure6_5SGDEscapesWhereGradientDescentIsTrapped() {
        // Figure 6.5: from points 1 and 3 gradient descent reaches the global minimum, from point 2 a local one;
        // SGD reaches the global minimum from all three.
        // SciPy BFGS: the global minimum L = 0.645696 and, right of its valley, the local minimum
        // (6.559361, 18.348874) with L = 3.670472.
        let global = 0.645696
        let paths = FittingModels.comparisonDescentPaths()
        let descent = paths.map { FittingModels.gaborLoss($0.last!) }
        let stochastic = FittingModels.comparisonStochasticPaths().map { FittingModels.gaborLoss($0.last!) }
        #expect(descent[0] < global + 0.1 && descent[2] < global + 0.1)
        let end = paths[1].last!
        #expect(abs(end[0] - 6.559361) < 0.01 && abs(end[1] - 18.348874) < 0.01)
        #expect(abs(descent[1] - 3.670472) < 1e-3)
        // Start 2 slides into the neighbouring minimum: no step longer than 3 units, none crossing the global
        // valley at φ0 ≈ 0.
        for (a, b) in zip(paths[1], paths[1].dropFirst()) {
            #expect(((b[0] - a[0]) * (b[0] - a[0]) + (b[1] - a[1]) * (b[1] - a[1])).squareRoot() < 3)
            #expect(b[0] > 2)
        }
        #expect(stochastic.allSatisfy { $0 < global + 0.3 })
    }

    @Test func figure6_6OneBatchGoesUphill() {
        // Figure 6.6: batches of three; panel d's step is downhill on its batch loss but uphill on the full loss.
        let updates = FittingModels.featuredUpdates()
        #expect(updates.allSatisfy { $0.batch.count == 3 })
        #expect(updates[0].fullLossChange < 0 && updates[1].fullLossChange < 0 && updates[2].fullLossChange > 0)
        for update in updates {
            #expect(
                FittingModels.gaborLoss(update.to, batch: update.batch)
                    < FittingModels.gaborLoss(update.from, batch: update.batch))
        }
    }

    @Test func notebook6_4MomentumHelpsNesterovDoesNot() {
        // NumPy rerun of notebook 6.4 (seed 1): final losses 0.936316108376032 (SGD), 0.7459149704642899
        // (momentum), 0.8008681498158855 (Nesterov); the notebook: "Nesterov momentum does not improve the result".
        let runs = FittingModels.momentumRuns()
        let losses = [runs.sgd, runs.momentum, runs.nesterov].map { FittingModels.gaborLoss($0.last!) }
        #expect(abs(losses[0] - 0.936316108376032) < 1e-9)
        #expect(abs(losses[1] - 0.7459149704642899) < 1e-9)
        #expect(abs(losses[2] - 0.8008681498158855) < 1e-9)
        #expect(losses[1] < losses[0] && losses[2] >= losses[1])
    }

    @Test func figure6_8PointsFollowEquations6_11And6_12() {
        let s = FittingModels.nesterovSetting
        let (path, points) = FittingModels.nesterovDiagram()
        #expect(path.last! == points[0] && path.count == s.steps + 1)
        // Point 3 is one more step of the core's momentum optimizer (eq. 6.11) from point 1.
        var momentum = Momentum(learningRate: s.rate, beta: s.beta)
        _ = momentum.trajectory(from: FittingModels.anisotropicStart, steps: s.steps) {
            FittingModels.anisotropicGradient($0)
        }
        let m = momentum.momentum
        var phi = points[0]
        momentum.step(&phi) { FittingModels.anisotropicGradient($0) }
        #expect(abs(phi[0] - points[2][0]) < 1e-12 && abs(phi[1] - points[2][1]) < 1e-12)
        // Point 5 is eq. 6.12 written out: m' = βm + (1 − β)·g(φ − αβm), φ' = φ − αm'.
        let ahead = [points[0][0] - s.rate * s.beta * m[0], points[0][1] - s.rate * s.beta * m[1]]
        let g = FittingModels.anisotropicGradient(ahead)
        let next = (0..<2).map { points[0][$0] - s.rate * (s.beta * m[$0] + (1 - s.beta) * g[$0]) }
        #expect(abs(next[0] - points[4][0]) < 1e-12 && abs(next[1] - points[4][1]) < 1e-12)
        // Point 1 is below the valley floor φ1 = 0; momentum overshoots it further than Nesterov does.
        #expect(points[0][1] < 0 && points[2][1] > points[4][1] && points[4][1] > 0)
    }

    @Test func figure6_9RunsBehaveAsTheCaptionSays() {
        let runs = FittingModels.anisotropicRuns()
        // (a) NumPy: after 200 steps of α = 0.08, φ = (0.66840439123453455, −2.1e-12).
        #expect(abs(runs.slow.last![0] - 0.66840439123453455) < 1e-9)
        // (b) α = 1 overshoots across the valley: φ1 changes sign.
        #expect(runs.unstable.contains { $0[1] > 0.5 })
        // (c) Notebook 6.5: normalised steps "bounce back and forth between the last two points".
        let n = runs.normalized
        #expect(abs(n[40][0] - n[38][0]) < 1e-12 && abs(n[40][1] - n[38][1]) < 1e-12)
        #expect(abs(n[40][0] - n[39][0]) > 0.05)
        // (d) NumPy: Adam ends at (0.667072540810228, 0.02950019175175221).
        #expect(
            abs(runs.adam.last![0] - 0.667072540810228) < 1e-7 && abs(runs.adam.last![1] - 0.02950019175175221) < 1e-7)
    }

    @Test func anisotropicGradientMatchesFiniteDifferences() {
        for phi in [[-0.7, -0.9], [0.3, 0.2], [1.1, -0.05]] {
            let g = FittingModels.anisotropicGradient(phi)
            let numeric = FiniteDifferences.gradient(FittingModels.anisotropicLoss, at: phi)
            #expect(abs(g[0] - numeric[0]) < 1e-8 && abs(g[1] - numeric[1]) < 1e-8, "\(phi)")
        }
    }

    @Test func problem6_4LogisticLossIsConvexAndDerivativesAreRight() {
        let data = FittingModels.logisticData
        // NumPy: np.random.seed(1); normal(−1, 1, 10) then normal(1, 1, 10).
        #expect(abs(data.x[0] - 0.6243453636632417) < 1e-15 && abs(data.x[19] - 1.5828152137158222) < 1e-15)
        for phi in [[0.0, 0.0], [1.0, -2.0], [-3.0, 5.0]] {
            let model = LogisticRegression(phi: phi)
            let numeric = FiniteDifferences.gradient(
                { LogisticRegression(phi: $0).loss(x: data.x, y: data.y) }, at: phi)
            let g = model.gradient(x: data.x, y: data.y)
            #expect(abs(g[0] - numeric[0]) < 1e-6 && abs(g[1] - numeric[1]) < 1e-6)
            let h = model.hessian(x: data.x)
            let fd = FiniteDifferences.jacobian({ LogisticRegression(phi: $0).gradient(x: data.x, y: data.y) }, at: phi)
            #expect(zip(h.flatMap { $0 }, fd.flatMap { $0 }).allSatisfy { abs($0 - $1) < 1e-6 })
            #expect(symmetricEigen(h).values[0] >= 0)
        }
    }

    @Test func problem6_5BackpropMatchesFiniteDifferences() {
        let x = [0.1, 0.45, 0.9]
        let y = [0.2, -0.1, 0.4]
        for p in FittingModels.shallowProbes {
            let g = FittingModels.shallowLossAndGradient(p, x: x, y: y).gradient
            let numeric = FiniteDifferences.gradient(
                { FittingModels.shallowLossAndGradient($0, x: x, y: y).loss }, at: p)
            #expect(zip(g, numeric).allSatisfy { abs($0 - $1) < 1e-6 })
        }
    }

    @Test func figure6_10PanelsComeInTheBooksOrder() {
        // Figure 6.10: (a) "L[b] > L[c], so we eliminate the range [a, b]"; (b) "L[b] < L[c], so we eliminate
        // the range [c, d]"; (c) the minimum closely bracketed (notebook 6.1: it lies at 0.3832).
        var brackets: [Bracket] = []
        _ = lineSearch(loss: FittingModels.bumpyLoss) { _, bracket in brackets.append(bracket) }
        let shown = FittingModels.figure6_10Iterations.map { brackets[$0 - 1] }
        let loss = FittingModels.bumpyLoss
        #expect(loss(shown[0].b) > loss(shown[0].c) && loss(shown[0].a) > loss(shown[0].c))
        #expect(loss(shown[1].b) < loss(shown[1].c) && loss(shown[1].a) > loss(shown[1].b))
        #expect(shown[2].a < 0.3832 && 0.3832 < shown[2].d && shown[2].d - shown[2].a < 0.2)
    }

    @Test func figure6_11PuzzleHasTheIntendedAnswers() {
        // Panel a is convex, b and c are not; points 1–7: global, neither, local, neither, global, neither, global.
        #expect(FittingModels.puzzleFunctions.map { f in FittingModels.isConvex { f($0) } } == [true, false, false])
        let kinds = FittingModels.puzzlePoints.map { point in
            FittingModels.classify({ FittingModels.puzzleFunctions[point.panel]($0) }, at: point.phi)
        }
        #expect(kinds == [.globalMinimum, .neither, .localMinimum, .neither, .globalMinimum, .neither, .globalMinimum])
    }

    @Test func problemAnswers() throws {
        // Problem 6.9: 1,000 iterations × 20 / 100 = 200 epochs. Problem 6.11: 10⁶ × 10⁶.
        #expect(try Reference.epochCount(iterations: 1000, datasetSize: 100, batchSize: 20) == 200)
        #expect(try Reference.hessianShape(parameterCount: 1_000_000) == [1_000_000, 1_000_000])
        // Problem 6.10: the weights (1 − β)β^(t−1−k) sum to 1 − β^t.
        let weights = try Reference.momentumWeights(beta: 0.9, steps: 10)
        let total = weights.reduce(0, +)
        let expected = 1 - pow(0.9, 10.0)
        #expect(abs(total - expected) < 1e-12)
        // Problem 6.2: the Hessian of the line fit has positive trace and determinant.
        let h = LinearRegression.hessian(x: BookData.line12.x)
        #expect(h[0][0] + h[1][1] > 0 && h[0][0] * h[1][1] - h[0][1] * h[1][0] > 0)
        // Its closed form [[2I, 2Σx], [2Σx, 2Σx²]] for the twelve points (NumPy: Σx = 11.41, Σx² = 15.0121).
        let expectedHessian = [[24.0, 22.82], [22.82, 30.0242]]
        #expect(zip(h.flatMap { $0 }, expectedHessian.flatMap { $0 }).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func goodfellowEquation8_10IsExactOnAQuadratic() {
        // A step −εg changes a quadratic loss by exactly ½ε²gᵀHg − εgᵀg.
        let bowl = FittingModels.illConditioned
        for rate in [0.01, 0.039, 0.041] {
            let phi = [1.0, 1.0]
            let g = bowl.gradient(phi)
            let after = bowl.loss([phi[0] - rate * g[0], phi[1] - rate * g[1]])
            let terms = bowl.predictedChange(at: phi, rate: rate)
            #expect(abs(after - bowl.loss(phi) - (terms.curvature - terms.slope)) < 1e-9)
        }
        // Gradient descent converges only for ε < 2/λmax = 0.04.
        #expect(FittingModels.stepsToConverge(rate: 0.039) != nil && FittingModels.stepsToConverge(rate: 0.041) == nil)
        // Near the saddle the loss keeps falling while |g| first shrinks, then grows.
        let path = FittingModels.saddleEscapePath()
        let losses = path.map(FittingModels.saddleQuadratic.loss)
        #expect(zip(losses, losses.dropFirst()).allSatisfy { $1 < $0 })
        let norms = path.map { p in
            let g = FittingModels.saddleQuadratic.gradient(p); return (g[0] * g[0] + g[1] * g[1]).squareRoot()
        }
        let lowest = norms.indices.min { norms[$0] < norms[$1] }!
        #expect(lowest > 0 && lowest < path.count - 1 && norms.last! > 10 * norms[lowest])
    }

    @Test func theDemosQuoteTheNotebookNumbers() throws {
        let sink = TextSink()
        for demo in chapter.demos { try demo.run(Narrator(sink: sink)) }
        for number in ["16.419", "0.383", "200 epochs", "0.646", "0.7459"] {
            #expect(quotes(sink.text, number), "\(number)")
        }
    }
}
