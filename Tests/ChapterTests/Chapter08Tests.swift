import Companion
import Foundation
import Neural
import Testing

@testable import Chapter08

/// Chapter 8 against the book: figure 8.9's minimum, problem 8.4's count, notebook 8.4's claims.
@Suite struct Chapter08Tests {
    @Test("Figure 8.9: the sum of bias and variance is smallest at capacity four")
    func biasVarianceMinimum() {
        let sweep = BiasVariance.capacitySweep
        let best = sweep.min { $0.bias + $0.variance < $1.bias + $1.variance }!
        #expect(best.capacity == 4)
        // The bias falls from one region to twelve; the variance rises.
        #expect(sweep.first!.bias > 5 * sweep.last!.bias)
        #expect(sweep.last!.variance > 3 * sweep.first!.variance)
    }

    @Test("Figure 8.6: the variance of the three-region fits shrinks with 6, 10 and 100 points")
    func moreDataLessVariance() {
        var random = NumPyRandomState(seed: 1)
        let variances = MeasuringPerformance.dataSizes.map {
            BiasVariance(points: $0, datasets: 300, hiddenUnits: 3, random: &random).variance
        }
        #expect(variances[0] > variances[1] && variances[1] > 5 * variances[2])
    }

    @Test("Problem 8.4: 200 hidden units per layer make 50,410 parameters")
    func doubleDescentCount() {
        #expect(Network(sizes: [40, 200, 200, 10]).parameterCount == 50_410)
    }

    @Test("Eq. 8.8 and notebook 8.4: a unit-diameter ball all but vanishes; the outer 1 % holds most of it at 300-D")
    func volumes() {
        // π^5 (1/2)^10 / 5!.
        #expect(abs(HighDimensions.ballVolume(radius: 0.5, dimension: 10) - pow(Double.pi, 5) / 1024 / 120) < 1e-15)
        #expect(HighDimensions.outerShellShare(dimension: 300) > 0.95)
        #expect(HighDimensions.outerShellShare(dimension: 1) < 0.0101)
    }

    @Test("Notebook 8.4: in 1000 dimensions the farthest pair is barely farther than the nearest")
    func distances() {
        var random = NumPyRandomState(seed: 0)
        let flat = HighDimensions.distanceRatio(
            HighDimensions.gaussianPoints(dimension: 2, count: 300, random: &random))
        let deep = HighDimensions.distanceRatio(
            HighDimensions.gaussianPoints(dimension: 1000, count: 300, random: &random))
        #expect(flat > 50 && deep < 1.5)
    }

    @Test func theDemosRunAndNameTheBestCapacity() throws {
        let sink = TextSink()
        for demo in MeasuringPerformance.chapter.demos where demo.id != "high-dimensions" {
            try demo.run(Narrator(sink: sink))
        }
        #expect(sink.text.replacingOccurrences(of: "\n", with: " ").contains("smallest at capacity 4"))
    }
}

/// Section 8.1's training, cut to two epochs (the full 6000 steps run in `ch08 demo training`).
@Suite struct Chapter08TrainingTests {
    @Test("Two epochs of the figure-8.2 recipe already beat chance (90 % error) on both sets")
    func trainingStartsToLearn() throws {
        let records = try TrainingCurves.run(.book, steps: 80)
        #expect(records.count == 2)
        #expect(records[1].trainLoss < records[0].trainLoss)
        #expect(try #require(records[1].testError) < 0.8 && (try #require(records[1].trainError)) < 0.8)
    }
}

/// The committed record of section 8.1's run against the book's description of figure 8.2.
@Suite struct Chapter08ResultsTests {
    @Test("Figure 8.2's record: 150 epochs, training error 0 by step 4000, test error near 40 %, test loss turning up")
    func committedRecord() throws {
        let rows = TrainingCurves.committed
        #expect(rows.count == 150 && rows.last?.step == 6000)
        let perfect = try #require(rows.first { $0.trainError == 0 })
        #expect(perfect.step <= 4000 && perfect.step >= 3000)
        #expect(abs(rows.last!.testError - 0.40) < 0.03)
        let lowest = rows.min { $0.testLoss < $1.testLoss }!
        #expect(lowest.step >= 800 && lowest.step <= 1600)
        #expect(rows.last!.testLoss > lowest.testLoss + 0.5)
        // Notebook 8.1's recipe: 50 epochs, the training set all but memorised, the test error in the high 30s.
        let notebook = TrainingCurves.committed(.notebook).rows
        #expect(notebook.count == 50 && notebook.last!.trainError < 0.01)
        #expect((0.35...0.40).contains(notebook.last!.testError))
        let record = EpochRecord(
            epoch: 2, learningRate: 0.1, trainLoss: 1.5, trainError: 0.25, testLoss: 2, testError: 0.5)
        let file = try #require(ResultsFile(text: TrainingCurves.file([record], recipe: .book, save: "x.csv").text))
        #expect(
            TrainingCurves.rows(file) == [
                .init(step: 80, trainError: 0.25, testError: 0.5, trainLoss: 1.5, testLoss: 2)
            ])
    }
}

/// Figures 8.11 and 8.12: exact fits of an over-parameterized model.
@Suite struct Chapter08InterpolationTests {
    @Test("Every fit of figures 8.11–8.12 passes through the eight points; the smallest has the smallest norm")
    func exactFits() {
        let data = Interpolation.sparseData
        for capacity in MeasuringPerformance.figure811Capacities {
            let model = SimplifiedModel.fit(x: data.x, y: data.y, hiddenUnits: capacity)
            #expect(zip(data.x, data.y).allSatisfy { abs(model($0) - $1) < 1e-8 }, "\(capacity) units")
        }
        let smallest = SimplifiedModel.fit(x: data.x, y: data.y, hiddenUnits: 50)
        var random = NumPyRandomState(seed: 5)
        let other = Interpolation.otherExactFit(
            x: data.x, y: data.y, hiddenUnits: 50, z: random.normal(loc: 0, scale: 3, count: 51))
        #expect(zip(data.x, data.y).allSatisfy { abs(other($0) - $1) < 1e-8 })
        let norm = { (m: SimplifiedModel) in m.omega.reduce(m.beta * m.beta) { $0 + $1 * $1 } }
        #expect(norm(other) > norm(smallest) + 1)
    }
}

extension Chapter08InterpolationTests {
    @Test("Seven hidden units cannot pass through the eight points: their fit leaves a residual")
    func sevenUnitsAreNotEnough() {
        let data = Interpolation.sparseData
        let model = SimplifiedModel.fit(x: data.x, y: data.y, hiddenUnits: 7)
        #expect(zip(data.x, data.y).contains { abs(model($0) - $1) > 1e-6 })
    }
}

/// Cross-validation and the hyperparameter searches of the chapter's notes.
@Suite struct Chapter08SelectionTests {
    @Test("Leave-one-out cross-validation equals the closed-form PRESS statistic Σ(eᵢ/(1 − hᵢᵢ))²/n")
    func leaveOneOutIsPress() {
        var random = NumPyRandomState(seed: 1)
        let data = ToyRegression.sample(count: 15, sigma: 0.3, random: &random)
        for units in [1, 3, 6] {
            // Design matrix [1, ReLU(x − j/units)] and its hat matrix A (AᵀA)⁻¹ Aᵀ by Gauss–Jordan.
            let rows = data.x.map { x in [1] + (0..<units).map { max(x - Double($0) / Double(units), 0) } }
            let p = units + 1
            var gram = (0..<p).map { i in (0..<p).map { j in rows.reduce(0) { $0 + $1[i] * $1[j] } } }
            var inverse = (0..<p).map { i in (0..<p).map { j in i == j ? 1.0 : 0 } }
            for c in 0..<p {
                let pivot = (c..<p).max { abs(gram[$0][c]) < abs(gram[$1][c]) }!
                gram.swapAt(c, pivot)
                inverse.swapAt(c, pivot)
                let scale = gram[c][c]
                gram[c] = gram[c].map { $0 / scale }
                inverse[c] = inverse[c].map { $0 / scale }
                for r in 0..<p where r != c {
                    let factor = gram[r][c]
                    gram[r] = zip(gram[r], gram[c]).map { $0 - factor * $1 }
                    inverse[r] = zip(inverse[r], inverse[c]).map { $0 - factor * $1 }
                }
            }
            let aty = (0..<p).map { i in zip(rows, data.y).reduce(0) { $0 + $1.0[i] * $1.1 } }
            let phi = (0..<p).map { i in (0..<p).reduce(0) { $0 + inverse[i][$1] * aty[$1] } }
            let press =
                zip(rows, data.y).reduce(0.0) { total, pair in
                    let (a, y) = pair
                    let residual = zip(a, phi).reduce(0) { $0 + $1.0 * $1.1 } - y
                    let leverage = (0..<p).reduce(0.0) { s, i in
                        s + (0..<p).reduce(0) { $0 + a[i] * inverse[i][$1] * a[$1] }
                    }
                    return total + (residual / (1 - leverage)) * (residual / (1 - leverage))
                } / 15
            let loo = CrossValidation.error(x: data.x, y: data.y, hiddenUnits: units, folds: 15)
            #expect(abs(loo - press) < 1e-9 * press, "\(units) units")
        }
    }

    @Test("Five-fold cross-validation mostly picks capacity four, where figure 8.9's bias plus variance is least")
    func crossValidationPicksFour() {
        var random = NumPyRandomState(seed: 2)
        var fours = 0
        for _ in 0..<40 {
            let set = ToyRegression.sample(count: 15, sigma: 0.3, random: &random)
            if CrossValidation.choose(x: set.x, y: set.y, folds: 5) == 4 { fours += 1 }
        }
        #expect(fours >= 16)
    }

    @Test("Hyperband's brackets for R = 81, η = 3 are Table 1 of Li et al. (2018)")
    func hyperbandSchedule() {
        let brackets = HyperparameterSearch.hyperbandBrackets(maximumEpochs: 81, eta: 3)
        #expect(
            brackets.map { $0.map(\.configurations) } == [
                [81, 27, 9, 3, 1], [34, 11, 3, 1], [15, 5, 1], [8, 2], [5],
            ])
        #expect(
            brackets.map { $0.map(\.epochs) } == [[1, 3, 9, 27, 81], [3, 9, 27, 81], [9, 27, 81], [27, 81], [81]])
        #expect(HyperparameterSearch.measurements == 16 + 16 + 69)
    }

    @Test("A configuration trained to 1 and then on to 3 epochs is the one trained to 3 at once")
    func tuningRunsContinue() {
        let task = Tuning()
        let configuration = TuningConfiguration(width: 16, learningRate: 0.05)
        let straight = task.advance(Tuning.Run(configuration), to: 3)
        let continued = task.advance(task.advance(Tuning.Run(configuration), to: 1), to: 3)
        #expect(continued.network.parameters == straight.network.parameters)
        #expect(continued.validationError == straight.validationError && straight.validationError < 0.8)
    }
}
