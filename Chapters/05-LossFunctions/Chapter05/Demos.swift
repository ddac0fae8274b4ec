import Companion
import Foundation
import Neural

extension LossFunctions {
    static let demos: [Demo] = [
        Demo(
            id: "likelihood", title: "Likelihood, negative log-likelihood, least squares (notebook 5.1)",
            body: showLikelihood),
        Demo(id: "binary", title: "Binary cross-entropy (notebook 5.2, eq. 5.20)", body: showBinary),
        Demo(id: "multiclass", title: "Multiclass cross-entropy (notebook 5.3, eq. 5.24)", body: showMulticlass),
        Demo(
            id: "heteroscedastic", title: "Predicting the mean and the variance (section 5.3.4, figure 5.5)",
            body: showHeteroscedastic),
        Demo(
            id: "recipe", title: "Figure 5.11's table, and the recipe for each of its distributions", body: showRecipe),
        Demo(id: "stable-softmax", title: "Softmax and log-sum-exp without overflow", body: showStableSoftmax),
        Demo(
            id: "saturation", title: "Why softmax wants a log-likelihood (Goodfellow et al. §6.2.2.3)",
            body: showSaturation),
        Demo(id: "huber", title: "An outlier: least squares against Huber", body: showHuber),
    ]

    /// The notebook-5.1 scores of the means μ for a standard deviation σ.
    static func regressionScores(beta1: Double, sigma: Double) -> (likelihood: Double, nll: Double, squares: Double) {
        let mu = NotebookModel.regression(NotebookModel.x, beta1: beta1)
        let y = BookData.y5_1
        let likelihood = zip(y, mu).reduce(1) { $0 * Distributions.normal($1.0, mean: $1.1, sigma: sigma) }
        let nll = GaussianNLL(variance: sigma * sigma).value(output: Matrix(row: mu), target: Matrix(row: y))
        return (likelihood, nll, LeastSquares().value(output: Matrix(row: mu), target: Matrix(row: y)))
    }

    static func showLikelihood(_ n: Narrator) {
        n.say(
            "The shallow network of notebook 5.1 predicts the mean μ of a normal with σ = 0.2 at each of 20 inputs. "
                + "The likelihood multiplies the 20 densities of the observed outputs; the negative log-likelihood adds "
                + "their −logs; the sum of squares keeps only the part that depends on the network.")
        let start = regressionScores(beta1: NotebookModel.regressionBias, sigma: NotebookModel.sigma)
        n.value("likelihood (β_1 = 0.1)", start.likelihood, digits: 9)
        n.value("negative log-likelihood", start.nll, digits: 9)
        n.value("sum of squares", start.squares, digits: 9)
        n.say(
            "Sweep the output offset β_1 from 0 to 0.99. All three criteria pick the same offset, because −log is "
                + "decreasing and the NLL is the sum of squares over 2σ² plus a constant (eq. 5.10):")
        let offsets = NotebookModel.regressionOffsets
        let sweep = offsets.map { regressionScores(beta1: $0, sigma: NotebookModel.sigma) }
        n.table(
            ["β_1", "likelihood", "NLL", "sum of squares", "(NLL − SSQ/2σ²)"],
            stride(from: 0, to: offsets.count, by: 15).map { k in
                [
                    Narrator.format(offsets[k], digits: 2), String(format: "%.3e", sweep[k].likelihood),
                    Narrator.format(sweep[k].nll, digits: 3),
                    Narrator.format(sweep[k].squares, digits: 3),
                    Narrator.format(sweep[k].nll - sweep[k].squares / 0.08, digits: 6),
                ]
            })
        let best = { (values: [Double]) in offsets[values.indices.min { values[$0] < values[$1] }!] }
        n.line(
            "  best β_1: likelihood \(Narrator.format(best(sweep.map { -$0.likelihood }), digits: 3)), "
                + "NLL \(Narrator.format(best(sweep.map(\.nll)), digits: 3)), sum of squares \(Narrator.format(best(sweep.map(\.squares)), digits: 3))"
        )
        n.say(
            "Now fix β_1 = 0.27 and sweep σ from 0.1 to 0.495. The sum of squares does not move, but the "
                + "likelihood does; its maximum estimates the noise level.")
        let sigmas = NotebookModel.sigmas
        let nlls = sigmas.map { regressionScores(beta1: NotebookModel.bestRegressionOffset, sigma: $0).nll }
        let mu = NotebookModel.regression(NotebookModel.x, beta1: NotebookModel.bestRegressionOffset)
        let closed = (zip(BookData.y5_1, mu).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / 20).squareRoot()
        n.value("best σ on the grid", sigmas[nlls.indices.min { nlls[$0] < nlls[$1] }!], digits: 3)
        n.value("closed form √(mean squared residual)", closed)
        n.say(
            "Why logs? The likelihood of these 20 points is already about 10⁻⁵. Repeat the data 100 times and the "
                + "product underflows to \(repeatedLikelihood(copies: 100)), while the NLL is simply 100 times larger.")
    }

    /// The likelihood of `copies` copies of notebook 5.1's data, as a plain product.
    static func repeatedLikelihood(copies: Int) -> Double {
        let single = regressionScores(beta1: NotebookModel.regressionBias, sigma: NotebookModel.sigma).likelihood
        return (0..<copies).reduce(1.0) { product, _ in product * single }
    }

    static func showBinary(_ n: Narrator) {
        n.say("Notebook 5.2: the same network shape now outputs a logit f; λ = sig[f] is the probability that y = 1.")
        n.value("Bernoulli(y = 0 | λ = 0.2)", Distributions.bernoulli(0, lambda: 0.2), digits: 3)
        n.value("Bernoulli(y = 1 | λ = 0.2)", Distributions.bernoulli(1, lambda: 0.2), digits: 3)
        let scores = binaryScores(beta1: NotebookModel.binaryBias)
        n.value("likelihood (β_1 = 2.6)", scores.likelihood, digits: 9)
        n.value("binary cross-entropy", scores.nll, digits: 9)
        let offsets = NotebookModel.classificationOffsets
        let nlls = offsets.map { binaryScores(beta1: $0).nll }
        let best = offsets[nlls.indices.min { nlls[$0] < nlls[$1] }!]
        n.value("best β_1 on arange(−2, 6, 0.1)", best, digits: 1)
        let lambda = NotebookModel.binaryLogits(NotebookModel.x, beta1: best).map(sigmoid)
        let correct = zip(lambda, BookData.y5_2).filter { ($0 > 0.5 ? 1 : 0) == $1 }.count
        n.say(
            "Inference predicts y = 1 where λ > 0.5: at the best offset that is right for \(correct) of the 20 training labels."
        )
    }

    static func binaryScores(beta1: Double) -> (likelihood: Double, nll: Double) {
        let lambda = NotebookModel.binaryLogits(NotebookModel.x, beta1: beta1).map(sigmoid)
        let likelihood = zip(BookData.y5_2, lambda).reduce(1) { $0 * Distributions.bernoulli($1.0, lambda: $1.1) }
        let nll = BinaryCrossEntropy().value(
            output: Matrix(row: NotebookModel.binaryLogits(NotebookModel.x, beta1: beta1)),
            target: Matrix(row: BookData.y5_2.map(Double.init)))
        return (likelihood, nll)
    }

    static func showMulticlass(_ n: Narrator) {
        n.say(
            "Notebook 5.3: three outputs pass through a softmax, column by column, giving a categorical "
                + "distribution over the classes 0, 1, 2 at each input.")
        let scores = multiclassScores(beta10: NotebookModel.multiclassBias[0])
        n.value("likelihood", scores.likelihood, digits: 9)
        n.value("multiclass cross-entropy", scores.nll, digits: 9)
        let offsets = NotebookModel.classificationOffsets
        let nlls = offsets.map { multiclassScores(beta10: $0).nll }
        n.value("best β_1[0] on arange(−2, 6, 0.1)", offsets[nlls.indices.min { nlls[$0] < nlls[$1] }!], digits: 1)
        n.say(
            "The loss of eq. 5.24 never forms the probabilities: it is logSumExp of the outputs minus the output of "
                + "the true class, which stays exact however large the outputs become.")
    }

    static func multiclassScores(beta10: Double) -> (likelihood: Double, nll: Double) {
        let logits = Matrix(NotebookModel.multiclassLogits(NotebookModel.x, beta10: beta10))
        let p = softmax(logits)
        let likelihood = BookData.y5_3.enumerated().reduce(1) { $0 * p[$1.element, $1.offset] }
        return (likelihood, CrossEntropy().value(output: logits, target: BookData.y5_3))
    }

    static func showHeteroscedastic(_ n: Narrator) {
        let mean = Heteroscedastic.meanSchedule
        let variance = Heteroscedastic.varianceSchedule
        n.say(
            "Sixty points whose noise grows with x (standard deviation 0.05 + 0.3x, seed 5). A shallow network "
                + "with \(Heteroscedastic.hiddenUnits) ReLU units is trained by Adam for \(mean.steps) full-batch steps to predict "
                + "the mean, with a single σ; a second output g with σ² = g² (eq. 5.14) is then added, and the output "
                + "layer trained for \(variance.steps) more steps on the heteroscedastic likelihood.")
        let homo = Heteroscedastic.homoscedastic
        let hetero = Heteroscedastic.heteroscedastic
        n.value("homoscedastic: learned σ", homo.sigma!)
        n.value("homoscedastic: NLL", homo.loss)
        n.value("heteroscedastic: NLL (eq. 5.15)", hetero.loss, digits: 2)
        n.table(
            ["x", "true σ", "homoscedastic σ", "heteroscedastic σ"],
            [0.1, 0.5, 0.9].map { x in
                [
                    Narrator.format(x, digits: 1), Narrator.format(Heteroscedastic.trueSD(x), digits: 3),
                    Narrator.format(homo.sd(x), digits: 3), Narrator.format(hetero.sd(x), digits: 3),
                ]
            })
        n.say(
            "The single σ is too wide on the left and too narrow on the right; letting the network predict σ "
                + "follows the true spread and lowers the negative log-likelihood.")
    }
}
