import Companion
import Foundation
import Neural

/// The tasks of notebooks 5.1–5.3, checked against the values the notebooks print and
/// against closed forms on other data.
extension LossFunctions {
    // MARK: Notebook 5.1

    static func checkNormal(_ answer: @Sendable (Double, Double, Double) throws -> Double) throws {
        try expectClose(
            try answer(1, -1, 2.3), 0.119, tolerance: 5e-4, "normalDistribution(1, −1, 2.3) (notebook 5.1 prints 0.119)"
        )
        for (mu, sigma) in [(0.0, 1.0), (1.0, 1.0), (0.0, 2.0), (0.0, 0.5)] {
            _ = try answer(mu, mu, sigma)
            let mass = Numerics.integrate(
                { (try? answer($0, mu, sigma)) ?? .nan }, from: mu - 12 * sigma, to: mu + 12 * sigma)
            try expectClose(mass, 1, tolerance: 1e-8, "∫ Pr(y) dy for μ = \(mu), σ = \(sigma)")
            try expectClose(
                try answer(mu, mu, sigma), 1 / (sigma * (2 * .pi).squareRoot()), tolerance: 1e-12,
                "the peak height 1/(σ√(2π)) for σ = \(sigma)")
            try expectClose(
                try answer(mu + sigma, mu, sigma) / answer(mu, mu, sigma), exp(-0.5), tolerance: 1e-12,
                "the density one standard deviation from the mean, relative to the peak (σ = \(sigma))")
        }
    }

    /// Notebook 5.1's data and predictions, and a second data set (the targets shifted by 0.3).
    static func regressionCases() -> [(name: String, y: [Double], mu: [Double])] {
        let mu = NotebookModel.regression(NotebookModel.x)
        return [
            ("notebook 5.1's data", BookData.y5_1, mu),
            ("the targets shifted up by 0.3", BookData.y5_1.map { $0 + 0.3 }, mu),
        ]
    }

    /// Checks a likelihood or NLL of the regression data: the notebook's printed value, and
    /// eq. 5.9 written out (`fromNLL` turns the closed-form NLL into the quantity asked for).
    static func checkRegressionScore(
        _ answer: @Sendable ([Double], [Double], Double) throws -> Double, _ what: String, _ printed: Double,
        tolerance: Double,
        fromNLL: (Double) -> Double
    ) throws {
        let cases = regressionCases()
        try expectClose(
            try answer(cases[0].y, cases[0].mu, NotebookModel.sigma), printed, tolerance: tolerance,
            "the \(what) of notebook 5.1 with σ = 0.2 (printed \(printed))")
        for c in cases {
            for sigma in [0.2, 0.35] {
                let squares = zip(c.y, c.mu).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
                let nll = squares / (2 * sigma * sigma) + Double(c.y.count) * 0.5 * log(2 * .pi * sigma * sigma)
                try expectClose(
                    try answer(c.y, c.mu, sigma), fromNLL(nll), tolerance: 1e-9,
                    "the \(what) on \(c.name) with σ = \(sigma) (eq. 5.9)")
            }
        }
    }

    static func checkSumOfSquares(_ answer: @Sendable ([Double], [Double]) throws -> Double) throws {
        let cases = regressionCases()
        try expectClose(
            try answer(cases[0].y, cases[0].mu), 2.020992572, tolerance: 5e-10,
            "the sum of squares of notebook 5.1 (printed 2.020992572)")
        try expectClose(
            try answer([1, 2, 3], [0, 2, 5]), 5, tolerance: 1e-12, "Σ(y − μ)² for y = (1, 2, 3), μ = (0, 2, 5)")
    }

    /// The model is linear in β_1 with slope one, so the NLL is smallest at
    /// β_1 + mean(y − μ); on the grid the nearest candidate wins.
    static func checkRegressionOffset(_ answer: @Sendable ([Double], [Double], [Double]) throws -> Double) throws {
        try expectClose(
            try answer(NotebookModel.x, BookData.y5_1, NotebookModel.regressionOffsets), 0.27, tolerance: 1e-12,
            "the best offset of notebook 5.1's sweep (NumPy finds 0.27)")
        for shift in [-0.13, 0.21] {
            let y = BookData.y5_1.map { $0 + shift }
            let mu = NotebookModel.regression(NotebookModel.x)
            let best = NotebookModel.regressionBias + zip(y, mu).reduce(0) { $0 + $1.0 - $1.1 } / Double(y.count)
            let nearest = NotebookModel.regressionOffsets.min { abs($0 - best) < abs($1 - best) }!
            try expectClose(
                try answer(NotebookModel.x, y, NotebookModel.regressionOffsets), nearest, tolerance: 1e-12,
                "the best offset for targets shifted by \(shift) (closed form \(best))")
        }
    }

    /// The NLL is smallest at σ² = mean squared residual; on the grid the log-likelihood is
    /// not symmetric, so compare with the two neighbours of the closed form.
    static func checkSigma(_ answer: @Sendable ([Double], [Double], [Double]) throws -> Double) throws {
        let mu = NotebookModel.regression(NotebookModel.x, beta1: NotebookModel.bestRegressionOffset)
        try expectClose(
            try answer(BookData.y5_1, mu, NotebookModel.sigmas), 0.265, tolerance: 1e-9,
            "the best σ of notebook 5.1's sweep at β_1 = 0.27 (NumPy finds 0.265)")
        for scale in [0.5, 1.4] {
            let y = zip(BookData.y5_1, mu).map { $1 + scale * ($0 - $1) }
            let best = (zip(y, mu).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(y.count)).squareRoot()
            let got = try answer(y, mu, NotebookModel.sigmas)
            try expectThat(
                abs(got - best) <= 0.005,
                "the best σ for residuals scaled by \(scale) should be within one grid step "
                    + "of the closed form √(mean r²) = \(best), got \(got)")
        }
    }

    // MARK: Notebook 5.2

    static func checkBernoulli(_ answer: @Sendable (Int, Double) throws -> Double) throws {
        try expectClose(try answer(0, 0.2), 0.8, tolerance: 1e-12, "bernoulli(0, 0.2) (notebook 5.2 prints 0.800)")
        try expectClose(try answer(1, 0.2), 0.2, tolerance: 1e-12, "bernoulli(1, 0.2) (notebook 5.2 prints 0.200)")
        for lambda in [0.0, 0.35, 0.9] {
            try expectClose(
                try answer(0, lambda) + answer(1, lambda), 1, tolerance: 1e-12, "Pr(0) + Pr(1) for λ = \(lambda)")
        }
    }

    static func checkBinaryScore(
        _ answer: @Sendable ([Int], [Double]) throws -> Double, _ what: String, _ printed: Double, tolerance: Double,
        fromNLL: (Double) -> Double
    ) throws {
        let lambda = NotebookModel.binaryLogits(NotebookModel.x).map(sigmoid)
        try expectClose(
            try answer(BookData.y5_2, lambda), printed, tolerance: tolerance,
            "the \(what) of notebook 5.2 (printed \(printed))")
        let flipped = BookData.y5_2.map { 1 - $0 }
        let nll = zip(flipped, lambda).reduce(0.0) { $0 - ($1.0 == 1 ? log($1.1) : log(1 - $1.1)) }
        try expectClose(
            try answer(flipped, lambda), fromNLL(nll), tolerance: 1e-9,
            "the \(what) with every label flipped (eq. 5.20)")
    }

    static func checkBinaryOffset(_ answer: @Sendable ([Double], [Int], [Double]) throws -> Double) throws {
        try expectClose(
            try answer(NotebookModel.x, BookData.y5_2, NotebookModel.classificationOffsets), 1.6, tolerance: 1e-9,
            "the best offset of notebook 5.2's sweep (NumPy finds 1.6)")
        // At the best β_1 the derivative Σ(sig[f_i] − y_i) changes sign between grid neighbours.
        let labels = [0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 0]
        let got = try answer(NotebookModel.x, labels, NotebookModel.classificationOffsets)
        let slope = { (b: Double) in
            zip(NotebookModel.binaryLogits(NotebookModel.x, beta1: b), labels).reduce(0) {
                $0 + sigmoid($1.0) - Double($1.1)
            }
        }
        try expectThat(
            slope(got - 0.05) < 0 && slope(got + 0.05) > 0,
            "for other labels the loss should be lowest at your β_1 = \(got), but ∂L/∂β_1 does not change sign there")
    }

    // MARK: Notebook 5.3

    static func checkSoftmax(_ answer: @Sendable ([[Double]]) throws -> [[Double]]) throws {
        let z = [[1.0, -2.0, 0.5], [2.0, 0.0, 0.5], [3.0, 1.0, -4.0]]
        let got = try answer(z)
        try expectEqual(got.count, 3, "number of rows (classes)")
        for j in 0..<3 {
            let column = z.map { $0[j] }
            let denominator = column.reduce(0) { $0 + exp($1) }
            try expectClose(
                got.map { $0[j] }, column.map { exp($0) / denominator }, tolerance: 1e-12,
                "column \(j): exp[z_k] / Σ exp[z_k'] (eq. 5.22)")
        }
        let shifted = try answer(z.map { $0.map { $0 + 5 } })
        try expectClose(shifted.flatMap { $0 }, got.flatMap { $0 }, tolerance: 1e-12, "softmax(z + 5) = softmax(z)")
        try expectClose(
            try answer([[0.2], [0.5], [0.3]].map { $0.map(log) }).flatMap { $0 }, [0.2, 0.5, 0.3], tolerance: 1e-12,
            "softmax of log(0.2, 0.5, 0.3)")
    }

    static func checkMulticlassScore(
        _ answer: @Sendable ([Int], [[Double]]) throws -> Double, _ what: String, _ printed: Double, tolerance: Double,
        fromNLL: (Double) -> Double
    ) throws {
        let lambda = try Reference.softmaxColumns(NotebookModel.multiclassLogits(NotebookModel.x))
        try expectClose(
            try answer(BookData.y5_3, lambda), printed, tolerance: tolerance,
            "the \(what) of notebook 5.3 (printed \(printed))")
        try expectClose(
            try answer([0], [[0.2], [0.5], [0.3]]), fromNLL(-log(0.2)), tolerance: 1e-12,
            "the \(what) of y = 0 under λ = (0.2, 0.5, 0.3) (notebook 5.3's example)")
        try expectClose(
            try answer([2, 1], [[0.2, 0.1], [0.5, 0.6], [0.3, 0.3]]), fromNLL(-log(0.3 * 0.6)), tolerance: 1e-12,
            "the \(what) of labels (2, 1) under two columns")
    }

    static func checkMulticlassOffset(_ answer: @Sendable ([Double], [Int], [Double]) throws -> Double) throws {
        try expectClose(
            try answer(NotebookModel.x, BookData.y5_3, NotebookModel.classificationOffsets), 0.6, tolerance: 1e-9,
            "the best β_1[0] of notebook 5.3's sweep (NumPy finds 0.6)")
        let labels = BookData.y5_3.map { $0 == 0 ? 1 : $0 }
        let got = try answer(NotebookModel.x, labels, NotebookModel.classificationOffsets)
        // ∂L/∂β_1[0] = Σ_i (softmax_0[f_i] − 1[y_i = 0]).
        let slope = { (b: Double) in
            let p = softmax(Matrix(NotebookModel.multiclassLogits(NotebookModel.x, beta10: b)))
            return labels.indices.reduce(0) { $0 + p[0, $1] - (labels[$1] == 0 ? 1 : 0) }
        }
        let offsets = NotebookModel.classificationOffsets
        try expectThat(offsets.allSatisfy { slope($0) > 0 }, "∂L/∂β_1[0] should be positive on the whole grid")
        try expectClose(
            got, offsets[0], tolerance: 1e-12,
            "the best β_1[0] when no label is class 0 (the loss falls all the way to the grid's end)")
    }
}
