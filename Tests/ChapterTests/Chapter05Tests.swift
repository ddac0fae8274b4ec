import Companion
import Foundation
import Neural
import Testing

@testable import Chapter05

/// Chapter 5 against the book and notebooks 5.1–5.3 (values from book-data.md, or computed
/// with NumPy from the notebooks' code where the notebook prints no number).
@Suite struct Chapter05Tests {
    let chapter = LossFunctions.chapter

    func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool { abs(a - b) <= tolerance }

    @Test func notebook51PrintsItsValues() {
        // Notebook 5.1: normal_distribution(1, −1, 2.3) → 0.119; likelihood 0.000010624,
        // NLL 11.452419564, sum of squares 2.020992572 (printed %9.9f).
        #expect(String(format: "%3.3f", Distributions.normal(1, mean: -1, sigma: 2.3)) == "0.119")
        let scores = LossFunctions.regressionScores(beta1: 0.1, sigma: 0.2)
        #expect(String(format: "%9.9f", scores.likelihood) == "0.000010624")
        #expect(String(format: "%9.9f", scores.nll) == "11.452419564")
        #expect(String(format: "%9.9f", scores.squares) == "2.020992572")
    }

    @Test func notebook52PrintsItsValues() {
        // Notebook 5.2: bernoulli(0, 0.2) → 0.8, bernoulli(1, 0.2) → 0.2; likelihood 0.000070237, NLL 9.563639387.
        #expect(Distributions.bernoulli(0, lambda: 0.2) == 0.8)
        #expect(Distributions.bernoulli(1, lambda: 0.2) == 0.2)
        let scores = LossFunctions.binaryScores(beta1: 2.6)
        #expect(String(format: "%9.9f", scores.likelihood) == "0.000070237")
        #expect(String(format: "%9.9f", scores.nll) == "9.563639387")
    }

    @Test func notebook53PrintsItsValues() throws {
        // Notebook 5.3: categorical with λ = (0.2, 0.5, 0.3) gives 0.2, 0.5, 0.3 for y = 0, 1, 2;
        // likelihood 0.000000041, NLL 17.015457867.
        let lambda = [[0.2], [0.5], [0.3]]
        for (y, expected) in [(0, 0.2), (1, 0.5), (2, 0.3)] {
            #expect(try Reference.computeCategoricalLikelihood(y: [y], lambda: lambda) == expected)
        }
        let scores = LossFunctions.multiclassScores(beta10: 2.0)
        #expect(String(format: "%9.9f", scores.likelihood) == "0.000000041")
        #expect(String(format: "%9.9f", scores.nll) == "17.015457867")
    }

    @Test func theSweepsFindNumPysOptima() throws {
        // Computed with NumPy from the notebooks' code: best β_1 = 0.27 (5.1), σ = 0.265 at β_1 = 0.27 (5.1),
        // β_1 = 1.6 (5.2), β_1[0] = 0.6 (5.3); the closed-form σ is 0.2656048092.
        let x = NotebookModel.x
        #expect(
            close(
                try Reference.bestRegressionOffset(x: x, y: BookData.y5_1, offsets: NotebookModel.regressionOffsets),
                0.27, 1e-12))
        let mu = NotebookModel.regression(x, beta1: 0.27)
        #expect(close(try Reference.bestSigma(y: BookData.y5_1, mu: mu, sigmas: NotebookModel.sigmas), 0.265, 1e-12))
        #expect(
            close(
                (zip(BookData.y5_1, mu).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / 20).squareRoot(),
                0.2656048092, 1e-9))
        #expect(
            close(
                try Reference.bestBinaryOffset(x: x, y: BookData.y5_2, offsets: NotebookModel.classificationOffsets),
                1.6, 1e-9))
        #expect(
            close(
                try Reference.bestMulticlassOffset(
                    x: x, y: BookData.y5_3, offsets: NotebookModel.classificationOffsets), 0.6, 1e-9))
        #expect(
            NotebookModel.regressionOffsets.count == 100 && NotebookModel.sigmas.count == 80
                && NotebookModel.classificationOffsets.count == 80)
    }

    @Test func likelihoodNLLAndLeastSquaresAgree() {
        // Eq. 5.10: NLL = SSQ/(2σ²) + (I/2) log(2πσ²) for every offset, so all criteria share the minimiser.
        for beta1 in [0.0, 0.27, 0.8] {
            let s = LossFunctions.regressionScores(beta1: beta1, sigma: 0.2)
            #expect(close(s.nll, s.squares / 0.08 + 10 * log(2 * .pi * 0.04), 1e-10))
            #expect(close(-log(s.likelihood), s.nll, 1e-8))
        }
        #expect(LossFunctions.repeatedLikelihood(copies: 100) == 0)
    }

    @Test func sigmoidMapsZeroToOneHalf() throws {
        // Figure 5.7 / problem 5.1: "An input of 0 is mapped to 0.5".
        #expect(try Reference.logisticSigmoid(0) == 0.5)
        #expect(try Reference.logisticSigmoid(-1000) == 0 && Reference.logisticSigmoid(1000) == 1)
        // Figure 5.7: "Negative inputs are mapped to numbers below 0.5, and positive inputs to numbers above 0.5",
        // so the point estimate of §5.4 (y = 1 iff λ > 0.5) is y = 1 iff the network output is positive.
        for z in [-20.0, -3, -0.01] { #expect(try Reference.logisticSigmoid(z) < 0.5, "sig[\(z)]") }
        for z in [0.01, 3.0, 20] { #expect(try Reference.logisticSigmoid(z) > 0.5, "sig[\(z)]") }
    }

    @Test func figure5_10SoftmaxGivesValidCategoricalParameters() throws {
        // Figure 5.10 (K = 3, notebook 5.3's network on its grid arange(0, 1, 0.01)): after the softmax every
        // vertical slice holds three numbers in [0, 1] that sum to one; the largest probability is the
        // largest network output (the point estimate of §5.5).
        let grid = NotebookModel.arange(0, 1, 0.01)
        #expect(grid.count == 100)
        let logits = NotebookModel.multiclassLogits(grid)
        let lambda = try Reference.softmaxColumns(logits)
        #expect(lambda.count == 3 && lambda.allSatisfy { $0.count == 100 })
        for i in grid.indices {
            let column = lambda.map { $0[i] }
            #expect(column.allSatisfy { $0 >= 0 && $0 <= 1 })
            #expect(close(column.reduce(0, +), 1, 1e-12), "x = \(grid[i])")
            let outputs = logits.map { $0[i] }
            #expect(column.indices.max { column[$0] < column[$1] } == outputs.indices.max { outputs[$0] < outputs[$1] })
        }
        // Figure 5.9: a categorical over K = 5 classes from five arbitrary outputs sums to one as well.
        let five = try Reference.softmaxColumns([[-1.0], [0.5], [-2.0], [0.8], [-1.9]]).map { $0[0] }
        #expect(five.count == 5 && close(five.reduce(0, +), 1, 1e-12))
    }

    @Test func poissonRatesAreTheMeans() {
        // Figure 5.15: rates 1.4, 2.8, 6.0 are the means of the distributions.
        for rate in LossFunctions.poissonRates {
            let pmf = (0...100).map { Distributions.poisson($0, rate: rate) }
            #expect(close(pmf.reduce(0, +), 1, 1e-12))
            #expect(close(pmf.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }, rate, 1e-10))
        }
        #expect(LossFunctions.poissonRates == [1.4, 2.8, 6.0])
    }

    @Test func vonMisesConcentrationActsLikeAnInverseVariance() {
        // Figure 5.13: 1/√κ is roughly the standard deviation (for large κ).
        for kappa in [25.0, 100] {
            let variance = Numerics.integrate(
                { $0 * $0 * Distributions.vonMises($0, mean: 0, concentration: kappa) }, from: -.pi, to: .pi)
            #expect(abs(variance.squareRoot() * kappa.squareRoot() - 1) < 0.03)
        }
    }

    @Test func multimodalDataSplitAtZero() {
        // Figure 5.14a: at x = 0 the output is roughly −2 or +3.
        #expect(LossFunctions.branchMeans(0) == [-2, 3])
    }

    @Test func stableSoftmaxSurvivesLargeInputs() {
        // softmax([1000, 1001, 1002]) is finite and equals softmax([1, 2, 3]); the naive formula gives NaN.
        let big = softmax([1000, 1001, 1002])
        let small = softmax([1, 2, 3])
        for k in 0..<3 { #expect(big[k].isFinite && close(big[k], small[k], 1e-15)) }
        let naive = LossFunctions.naiveSoftmax([1000, 1001, 1002])
        #expect(naive.allSatisfy { $0.isNaN })
        #expect(close(logSumExp([1000, 1001, 1002]), 1002 + log(exp(-2) + exp(-1) + 1), 1e-12))
    }

    @Test func squaredErrorGradientMatchesFiniteDifferences() {
        // The saturation demo's gradient of Σ_k (softmax_k[z] − e_k)².
        for z in [[-2.0, 2.0, 0.0], [0.3, -0.1, 1.2]] {
            let loss = { (v: [Double]) in
                softmax(v).enumerated().reduce(0) {
                    $0 + ($1.element - ($1.offset == 0 ? 1 : 0)) * ($1.element - ($1.offset == 0 ? 1 : 0))
                }
            }
            let numeric = FiniteDifferences.gradient(loss, at: z)
            let analytic = LossFunctions.squaredErrorGradient(z, target: 0)
            for k in 0..<3 { #expect(close(analytic[k], numeric[k], 1e-8)) }
        }
        // Confidently wrong: the cross-entropy gradient on the true logit tends to −1, the squared error's to 0.
        #expect(close(LossFunctions.crossEntropyGradient([-10, 10, 0], target: 0)[0], -1, 1e-8))
        #expect(abs(LossFunctions.squaredErrorGradient([-10, 10, 0], target: 0)[0]) < 1e-7)
    }

    @Test func maximumLikelihoodSoftmaxMatchesFrequencies() {
        // Goodfellow et al. eq. 6.31: free logits fitted by maximum likelihood reproduce the class frequencies.
        let p = softmax(LossFunctions.fitLogitsToCounts([5, 3, 2]))
        #expect(close(p[0], 0.5, 1e-4) && close(p[1], 0.3, 1e-4) && close(p[2], 0.2, 1e-4))
    }

    @Test func everyRecipeDistributionIsNormalised() {
        // Figure 5.11: each distribution, with example parameters, has total probability one.
        for row in RecipeRow.rows { #expect(close(row.totalProbability(), 1, 1e-6), "\(row.distribution)") }
        #expect(RecipeRow.rows.count == 13)
        // Figure 5.11: 11 rows of data type, domain, distribution and use; every distribution
        // it names has a row of its own in the expansion.
        #expect(RecipeRow.figure511.count == 11 && RecipeRow.figure511.allSatisfy { $0.count == 4 })
        let expanded = Set(RecipeRow.rows.map(\.distribution))
        for name in RecipeRow.figure511.map({ $0[2] }) {
            let parts = name.replacingOccurrences(of: "t-distribution", with: "Student t").components(
                separatedBy: " or ")
            #expect(parts.allSatisfy { part in expanded.contains { $0.hasPrefix(part) } }, "\(name)")
        }
    }

    @Test func heteroscedasticModelFollowsTheSpread() {
        // Section 5.3.4: predicting σ lowers the NLL and tracks the true standard deviation 0.05 + 0.3x.
        let homo = Heteroscedastic.homoscedastic
        let hetero = Heteroscedastic.heteroscedastic
        #expect(hetero.loss < homo.loss)
        for x in [0.2, 0.5, 0.8] {
            #expect(abs(hetero.sd(x) / Heteroscedastic.trueSD(x) - 1) < 0.35, "x = \(x)")
        }
    }

    @Test func huberResistsTheOutlier() {
        let clean = LinearRegression.fit(x: BookData.line12.x, y: BookData.line12.y)
        let squares = LinearRegression.fit(x: LossFunctions.outlierData.x, y: LossFunctions.outlierData.y)
        let huber = LossFunctions.huberLine(x: LossFunctions.outlierData.x, y: LossFunctions.outlierData.y)
        #expect(abs(huber.slope - clean.slope) < 0.1 && abs(squares.slope - clean.slope) > 0.3)
        // The Huber line is a minimum: the summed clipped residuals vanish.
        let r = zip(LossFunctions.outlierData.x, LossFunctions.outlierData.y).map {
            max(-0.1, min(0.1, huber.predict($0) - $1))
        }
        #expect(abs(r.reduce(0, +)) < 1e-6)
    }

    @Test func theDemosQuoteTheNotebooksNumbers() throws {
        let sink = TextSink()
        for demo in chapter.demos { try demo.run(Narrator(sink: sink)) }
        for number in [
            "0.000010624", "11.452419564", "2.020992572", "0.000070237", "9.563639387",
            "0.000000041", "17.015457867", "0.270", "0.265", "1.6", "0.6",
        ] {
            #expect(quotes(sink.text, number), "\(number)")
        }
    }
}
