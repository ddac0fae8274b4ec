import Companion
import Foundation
import Neural
import Testing

@testable import Chapter09

/// Chapter 9 against the book's captions and the notebooks' stated outcomes.
@Suite struct Chapter09Tests {
    @Test(
        "Figure 9.1 and notebook 9.1: the penalty leaves fewer minima and moves the global one; descent then finds it")
    func explicitRegularization() throws {
        typealias E = ExplicitRegularization
        #expect(E.regularizedMinima.count < E.plainMinima.count)
        let before = E.plainMinima[0].phi
        let after = E.regularizedMinima[0].phi
        #expect(hypot(before[0] - after[0], before[1] - after[1]) > 1)
        // Without the penalty the notebook's descent settles in a local minimum, not the global one.
        let plainEnd = E.descent(lambda: 0).last!
        let nearest = E.plainMinima.min {
            hypot($0.phi[0] - plainEnd[0], $0.phi[1] - plainEnd[1])
                < hypot($1.phi[0] - plainEnd[0], $1.phi[1] - plainEnd[1])
        }!
        #expect(nearest.loss > E.plainMinima[0].loss + 1)
        // With it, the descent ends within reach of the regularized global minimum.
        let end = E.descent(lambda: E.lambda).last!
        #expect(hypot(end[0] - after[0], end[1] - after[1]) < 0.5)
    }

    @Test("Figure 9.2: small λ interpolates, intermediate λ is closest to the truth, large λ over-smooths")
    func ridge() throws {
        let data = RidgeFits.data
        let fits = RidgeFits.figureLambdas.map { RidgeFits.fit(x: data.x, y: data.y, lambda: $0) }
        let training = fits.map { model in
            zip(data.x, data.y).reduce(0) { $0 + (model($1.0) - $1.1) * (model($1.0) - $1.1) }
        }
        #expect(training[0] < 1e-3 && training[1] < 1e-2)
        #expect(zip(training, training.dropFirst()).allSatisfy { $0 < $1 })
        let distances = fits.map { model in RidgeFits.errorAgainstTruth { model($0) } }
        let best = distances.indices.min { distances[$0] < distances[$1] }!
        #expect([2, 3].contains(best))
        #expect(distances[5] > 2 * distances[best] && distances[0] > 2 * distances[best])
    }

    @Test("The ridge fit solves the normal equations (AᵀA + λR)φ = Aᵀy, R the identity without β")
    func ridgeSolvesNormalEquations() throws {
        let data = RidgeFits.data
        let lambda = 1e-3
        let model = RidgeFits.fit(x: data.x, y: data.y, lambda: lambda)
        let phi = [model.beta] + model.omega
        let a = SimplifiedModel.designMatrix(x: data.x, hiddenUnits: RidgeFits.hiddenUnits)
        for j in 0..<phi.count {
            let lhs =
                (0..<phi.count).reduce(0.0) { total, k in
                    total + (0..<data.x.count).reduce(0.0) { $0 + a[$1, j] * a[$1, k] } * phi[k]
                } + (j == 0 ? 0 : lambda * phi[j])
            let rhs = (0..<data.x.count).reduce(0.0) { $0 + a[$1, j] * data.y[$1] }
            #expect(abs(lhs - rhs) < 1e-9 * max(1, abs(rhs)), "row \(j)")
        }
    }

    @Test("Notebook 9.2: on the modified loss the continuous path lands where discrete descent did")
    func implicitRegularization() {
        typealias I = ImplicitRegularization
        let gap = { (p: [Double], q: [Double]) in hypot(p[0] - q[0], p[1] - q[1]) }
        let before = gap(I.continuous.last!, I.discrete.last!)
        let after = gap(I.corrected.last!, I.discrete.last!)
        #expect(before > 0.01 && after < 0.2 * before)
        // Both end on the line of minima φ1 = 0.
        #expect(abs(I.discrete.last![1]) < 0.01 && abs(I.continuous.last![1]) < 0.01)
    }

    @Test("Notebook 9.3: the median and the mean of the four bagged models both beat every single member")
    func bagging() {
        let bagging = Bagging.notebook
        let members = bagging.models.map { model in RidgeFits.errorAgainstTruth { model($0) } }
        #expect(RidgeFits.errorAgainstTruth(bagging.mean) < members.min()!)
        #expect(RidgeFits.errorAgainstTruth(bagging.median) < members.min()!)
        #expect(bagging.resamples.allSatisfy { $0.count == 15 && $0.allSatisfy { (0..<15).contains($0) } })
    }

    @Test("Notebook 9.4: with a vague prior the posterior mean is the least-squares fit; draws match μ and Σ")
    func bayesian() throws {
        let data = RidgeFits.data
        let vague = BayesianFit(x: data.x, y: data.y, priorVariance: 1e9)
        let leastSquares = SimplifiedModel.fit(x: data.x, y: data.y, hiddenUnits: 5)
        let expected = leastSquares.omega + [leastSquares.beta]
        #expect(zip(vague.mean, expected).allSatisfy { abs($0 - $1) < 1e-5 })
        // A tighter prior means a smaller predictive spread everywhere.
        let tight = BayesianFit(x: data.x, y: data.y, priorVariance: 0.5)
        #expect([0.1, 0.5, 0.9].allSatisfy { tight.predictive($0).variance < vague.predictive($0).variance })
        // 20,000 draws: their mean within four standard errors of μ.
        let fit = BayesianFit(x: data.x, y: data.y, priorVariance: 5)
        var random = NumPyRandomState(seed: 0)
        let draws = (0..<20_000).map { _ in fit.sample(random: &random) }
        for i in fit.mean.indices {
            let average = draws.reduce(0) { $0 + $1[i] } / Double(draws.count)
            #expect(abs(average - fit.mean[i]) < 4 * (fit.covariance[i][i] / Double(draws.count)).squareRoot())
        }
    }

    @Test(arguments: Regularization.chapter.demos.map(\.id))
    func theDemoRuns(id: String) throws {
        let sink = TextSink()
        try #require(Regularization.chapter.demos.first { $0.id == id }).run(Narrator(sink: sink))
        if id == "bagging" { #expect(sink.text.contains("Both combinations beat every member")) }
        #expect(!sink.text.isEmpty)
    }
}

/// Figure 9.6's committed run against the caption, and against a fresh short run of the same code.
@Suite struct Chapter09EarlyStoppingTests {
    @Test("Figure 9.6: closest to the truth between panels c and d, then overfitting while the training loss falls")
    func committedRun() throws {
        let run = EarlyStoppingFile.committed
        #expect(EarlyStoppingFile.committedFile.setup == EarlyStoppingFile.setup)
        #expect(run.records.last?.step == EarlyStoppingRun.figureSteps)
        let best = run.records.min { $0.truth < $1.truth }!
        #expect((10_000...40_000).contains(best.step))
        #expect(run.records.last!.truth > 2 * best.truth)
        #expect(run.records.last!.training < best.training / 2)
        // Algorithm 7.1 stops near the best step, with a fit far closer to the truth than the last one.
        let stop = run.stopping(patience: 10)
        #expect(stop.truth < 1.1 * best.truth)
    }

    @Test("The committed run's first records are what the code computes now")
    func committedRunIsReproducible() throws {
        let fresh = EarlyStoppingRun(steps: 3000, recordSteps: [0, 1000, 2000, 3000])
        let committed = EarlyStoppingFile.committed.records.prefix(4)
        #expect(Array(committed) == fresh.records)
        let file = try #require(ResultsFile(text: EarlyStoppingFile.file(fresh, command: "test").text))
        #expect(EarlyStoppingFile.run(file)?.records == fresh.records)
    }

    @Test("Early stopping after τ steps is near ridge with λ = 1/(τε), far from the exact fit (Goodfellow §7.8)")
    func earlyStoppingIsLikeL2() {
        for c in EarlyStoppingAsL2.comparison(steps: [100, 1000]) {
            #expect(c.toRidge < 0.1 * c.toFit, "τ = \(c.steps)")
        }
    }
}

/// Goodfellow et al. ch. 7's closed forms against descent and simulation.
@Suite struct Chapter09ShrinkageTests {
    @Test("L2 scales w* by λᵢ/(λᵢ + α) along H's eigenvectors: the closed form is where gradient descent ends")
    func l2Shrinkage() {
        let h = [[3.0, 1.0], [1.0, 0.5]]
        for alpha in [0.1, 1, 10] {
            let closed = Shrinkage.l2Minimum(hessian: h, optimum: [1, 2], alpha: alpha)
            let descent = Shrinkage.l2Descent(hessian: h, optimum: [1, 2], alpha: alpha, steps: 20_000, rate: 0.05)
            #expect(abs(closed[0] - descent[0]) < 1e-9 && abs(closed[1] - descent[1]) < 1e-9, "α = \(alpha)")
        }
    }

    @Test("L1 soft-thresholds: the closed form is where proximal descent ends, with exact zeros")
    func l1Thresholding() {
        let closed = Shrinkage.l1Minimum(diagonal: [2, 1, 0.5], optimum: [1.5, -0.3, 0.8], alpha: 0.5)
        #expect(closed == [1.25, 0, 0])
        let descent = Shrinkage.l1Descent(
            diagonal: [2, 1, 0.5], optimum: [1.5, -0.3, 0.8], alpha: 0.5, steps: 5000, rate: 0.1)
        #expect(zip(closed, descent).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test("The ensemble's error v/k + (k − 1)c/k (Goodfellow eq. 7.50) within four standard errors of a simulation")
    func ensembleError() {
        var random = NumPyRandomState(seed: 3)
        for (k, c) in [(4, 0.0), (10, 0.5)] {
            let expected = Shrinkage.ensembleError(models: k, variance: 1, covariance: c)
            let simulated = Shrinkage.simulatedEnsembleError(
                models: k, variance: 1, covariance: c, trials: 20_000, random: &random)
            // The mean of N squared normals of variance s² has standard error √2·s²/√N.
            #expect(
                abs(simulated - expected) < 4 * 2.squareRoot() * expected / 20_000.squareRoot(), "k = \(k), c = \(c)")
        }
    }
}

/// Dropout's inference rules against enumeration of every mask.
@Suite struct Chapter09DropoutTests {
    @Test(
        "Goodfellow eq. 7.66: for softmax regression, weight scaling is the normalised geometric mean over all 2ⁿ masks"
    )
    func weightScalingIsTheGeometricMean() {
        for (inputs, seed) in [(4, UInt32(1)), (10, UInt32(0))] {
            let m = DropoutEnsemble.example(inputs: inputs, seed: seed)
            let scaled = DropoutEnsemble.weightScaling(weights: m.weights, bias: m.bias, input: m.input)
            let geometric = DropoutEnsemble.geometricMean(weights: m.weights, bias: m.bias, input: m.input)
            let arithmetic = DropoutEnsemble.arithmeticMean(weights: m.weights, bias: m.bias, input: m.input)
            #expect(zip(scaled, geometric).allSatisfy { abs($0 - $1) < 1e-12 }, "\(inputs) inputs")
            #expect(zip(scaled, arithmetic).contains { abs($0 - $1) > 1e-3 }, "the arithmetic mean differs")
        }
    }
}

/// Figure 9.4's terms against finite differences of the batch losses.
@Suite struct Chapter09ImplicitSGDTests {
    @Test("Eq. 9.9's batch term from finite-difference gradients of the mean batch losses (eq. 9.10)")
    func batchVarianceTerm() {
        for phi in [[0.5, 10.0], [-3.0, 16.0], [2.0, 5.0]] {
            let full = FiniteDifferences.gradient({ ImplicitSGD.meanLoss($0) }, at: phi)
            let spread = ImplicitSGD.batches.reduce(0.0) { total, batch in
                let g = FiniteDifferences.gradient({ ImplicitSGD.meanLoss($0, batch: batch) }, at: phi)
                return total + (g[0] - full[0]) * (g[0] - full[0]) + (g[1] - full[1]) * (g[1] - full[1])
            }
            let expected = ImplicitSGD.alpha / (4 * Double(ImplicitSGD.batches.count)) * spread
            #expect(abs(ImplicitSGD.batchVarianceTerm(phi) - expected) < 1e-6 * max(1, expected), "φ = \(phi)")
            let gradientTerm = ImplicitSGD.alpha / 4 * (full[0] * full[0] + full[1] * full[1])
            #expect(abs(ImplicitSGD.gradientTerm(phi) - gradientTerm) < 1e-6 * max(1, gradientTerm))
        }
    }
}

/// Figure 9.10: input noise smooths the fit.
@Suite struct Chapter09InputNoiseTests {
    @Test("More input noise, smoother fit: the slope changes shrink as σ_x grows")
    func noiseSmooths() {
        let roughness = InputNoise.figureDeviations.map { InputNoise.roughness(InputNoise.fit(deviation: $0)) }
        #expect(zip(roughness, roughness.dropFirst()).allSatisfy { $0 > 1.5 * $1 })
    }
}

/// Figure 9.5's committed sweep against the caption, and a short sweep through the same code.
@Suite struct Chapter09RateAndBatchTests {
    @Test("Figure 9.5: larger learning rates and smaller batches give lower test error")
    func committedSweep() throws {
        let results = RateAndBatchFile.committed
        #expect(RateAndBatchFile.committedFile.setup == RateAndBatchFile.setup)
        #expect(results.map(\.setting) == RateAndBatch.settings())
        let rates = results.filter { $0.setting.panel == .rate }
        let batches = results.filter { $0.setting.panel == .batch }
        #expect(rates.last!.testError < rates.first!.testError - 0.05)
        #expect(batches.first!.testError < batches.last!.testError - 0.1)
        #expect(rates.allSatisfy { $0.trainError < 0.01 })
    }

    @Test("A short sweep trains every setting, the same on one thread as on two, and round-trips its file")
    func shortSweep() throws {
        let small = MNIST1D(config: MNIST1DConfig(numSamples: 600, trainSplit: 0.5))
        let data = (training: small.trainingSet, test: small.testSet)
        let settings =
            Array(RateAndBatch.settings(scale: 0.001).prefix(2)) + [RateAndBatch.settings(scale: 0.001).last!]
        let two = RateAndBatch.sweep(settings, threads: 2, data: data)
        let one = RateAndBatch.sweep(settings, threads: 1, data: data)
        #expect(two == one && two.map(\.setting) == settings)
        let file = try #require(ResultsFile(text: RateAndBatchFile.file(two, command: "test").text))
        #expect(RateAndBatchFile.results(file) == two)
        let svg = String(decoding: try Regularization.figure9_5(two).svg(), as: UTF8.self)
        #expect(svg.contains("<svg"))
    }
}

/// Notebook 9.5's augmentation.
@Suite struct Chapter09AugmentationTests {
    @Test("A shift moves every value right by the offset, wrapping round; the scale multiplies")
    func transform() {
        #expect(Augmentation.transform([1, 2, 3, 4], offset: 1, factor: 2) == [8, 2, 4, 6])
        #expect(Augmentation.transform([1, 2, 3, 4], offset: 0, factor: 1) == [1, 2, 3, 4])
    }

    @Test("The augmented set: the originals, then copies of rows CPython's randint(0, 3999) picks after seed 42")
    func augmentedSet() {
        let x = (0..<4000).map { i in [Double(i), 0, 0] }
        let y = (0..<4000).map { $0 % 10 }
        let more = Augmentation.augmented(x, y)
        #expect(more.x.count == 8000 && Array(more.x.prefix(4000)) == x && Array(more.y.prefix(4000)) == y)
        // CPython 3.11: random.seed(42); [random.randint(0, 3999) for _ in range(3)] == [2619, 456, 102].
        #expect(Array(more.y[4000..<4003]) == [2619 % 10, 456 % 10, 102 % 10])
        let sums = more.x[4000..<4003].map { $0.reduce(0, +) }
        for (sum, source) in zip(sums, [2619.0, 456, 102]) { #expect(sum >= 0.8 * source && sum <= 1.2 * source) }
    }

    @Test("Notebook 9.5: about 33 % test error without augmentation, less with it (committed runs)")
    func committedRuns() {
        let rows = AugmentationFile.committed
        #expect(rows.count == Augmentation.epochs)
        #expect(AugmentationFile.committedFile.setup == AugmentationFile.setup)
        let plain = rows.map(\.plainTest).min()!
        let augmented = rows.map(\.augmentedTest).min()!
        #expect((0.30...0.36).contains(plain))
        #expect(augmented < plain - 0.01)
    }
}

/// Weight decay against L2 under gradient descent and Adam.
@Suite struct Chapter09AdamWTests {
    @Test("Decay 2λ is L2 with λ for gradient descent, not for Adam; Adam + L2 heads for the penalized minimum")
    func decoupledDecay() {
        let fits = AdamWeightDecay.fits
        let gap = { (p: [Double], q: [Double]) in
            zip(p, q).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
        }
        #expect(gap(fits.descentL2, fits.descentDecay) < 1e-10)
        #expect(gap(fits.adamL2, fits.adamW) > 1)
        // The penalized minimum in closed form: (AᵀA/n + λI)φ = Aᵀy/n, every parameter penalized.
        let rows = AdamWeightDecay.rows
        let n = Double(rows.count)
        let size = rows[0].count
        let gram = (0..<size).map { i in
            (0..<size).map { j in rows.reduce(0) { $0 + $1[i] * $1[j] } / n + (i == j ? AdamWeightDecay.lambda : 0) }
        }
        let inverse = inverseOfPositiveDefinite(gram)!
        let aty = (0..<size).map { i in zip(rows, RidgeFits.data.y).reduce(0) { $0 + $1.0[i] * $1.1 } / n }
        let minimum = inverse.map { row in zip(row, aty).reduce(0) { $0 + $1.0 * $1.1 } }
        #expect(gap(fits.adamL2, minimum) < 0.1 && gap(fits.adamW, minimum) > 1)
    }
}

/// Figure 9.9: the kink full-batch descent keeps and dropout removes.
@Suite struct Chapter09DropoutKinkTests {
    @Test("The kink costs nothing at the data, dropping its middle unit costs a lot, and dropout steps flatten it")
    func kink() {
        typealias K = DropoutKink
        let a = Matrix(rows: K.data.x.count, cols: K.hiddenUnits + 1) { i, j in K.features(K.data.x[i])[j] }
        let best = minimumNormLeastSquares(a, K.data.y)
        #expect(abs(K.loss(K.kinked) - K.loss(best)) < 1e-12)
        #expect(K.gradient(K.kinked).allSatisfy { abs($0) < 1e-8 })
        #expect(K.loss(K.kinked, dropping: K.kinkUnits[0]) > 0.1)
        #expect(K.kinkHeight(K.kinked) > 0.2)
        #expect(K.kinkHeight(K.smoothed) < 0.2 * K.kinkHeight(K.kinked))
        #expect(K.loss(K.smoothed) < 1e-3)
    }
}

/// Problem 9.4 numerically: the smoothed loss has a finite best margin.
@Suite struct Chapter09LabelSmoothingTests {
    @Test("With label smoothing the loss is smallest at the margin log(9(K − 1)); without, it keeps falling")
    func bestMargin() {
        let grid = stride(from: 0.0, through: 12, by: 0.001).map { $0 }
        let best = grid.min { LabelSmoothing.smoothedLoss(margin: $0) < LabelSmoothing.smoothedLoss(margin: $1) }!
        #expect(abs(best - log(81)) < 0.002)
        #expect(
            zip(grid, grid.dropFirst()).allSatisfy {
                LabelSmoothing.plainLoss(margin: $1) < LabelSmoothing.plainLoss(margin: $0)
            })
    }
}

/// Dropout at inference in a trained network.
@Suite struct Chapter09MonteCarloDropoutTests {
    @Test("Monte Carlo dropout's mean is near the weight-scaling prediction but not equal; two estimates agree")
    func monteCarlo() {
        let network = MonteCarloDropout.trained
        let x = [0.1, 0.5, 0.9]
        let scaled = network.scaled(x)
        let first = network.monteCarlo(x, passes: 400, seed: 1)
        let second = network.monteCarlo(x, passes: 400, seed: 2)
        for i in x.indices {
            let standardError = first.deviation[i] / 400.0.squareRoot()
            #expect(abs(first.mean[i] - second.mean[i]) < 6 * standardError, "x = \(x[i])")
            #expect(abs(first.mean[i] - scaled[i]) < 0.3)
        }
        #expect(x.indices.contains { abs(first.mean[$0] - scaled[$0]) > 4 * first.deviation[$0] / 400.0.squareRoot() })
    }
}

/// Problem 9.3 by simulation, and notebook 9.5's network size.
@Suite struct Chapter09NoiseTests {
    @Test("Averaged noisy gradients approach the closed form: the clean gradient plus 2Iσ²φ1 on the slope")
    func averagedGradient() {
        var random = NumPyRandomState(seed: 1)
        let averaged = InputNoiseGradient.averaged(deviation: 0.3, draws: 20_000, random: &random)
        let expected = InputNoiseGradient.expected(deviation: 0.3)
        #expect(abs(averaged[0] - expected[0]) < 0.05 && abs(averaged[1] - expected[1]) < 0.1)
        let clean = InputNoiseGradient.expected(deviation: 0)
        #expect(expected[1] - clean[1] > 1)
    }

    @Test("Notebook 9.5's 40-200-200-10 network has problem 8.4's 50,410 parameters")
    func augmentationNetworkSize() {
        var random = NumPyRandomState(seed: 0)
        #expect(Augmentation.network(random: &random).parameterCount == 50_410)
    }
}
