import Companion
import Foundation
import Neural

extension Regularization {
    /// The demos in the book's order: section 9.1, 9.2, then the heuristics of 9.3.
    static let demos: [Demo] = [
        Demo(
            id: "explicit", title: "A penalty that removes local minima (section 9.1, figure 9.1, notebook 9.1)",
            body: showExplicit),
        Demo(id: "ridge", title: "L2 regularization in the simplified network (figure 9.2)", body: showRidge),
        Demo(
            id: "shrinkage",
            title: "L2 shrinks along the Hessian's eigenvectors, L1 thresholds, ensembles average (Goodfellow ch. 7)",
            body: showShrinkage),
        Demo(
            id: "implicit", title: "The regularization gradient descent adds by itself (section 9.2, notebook 9.2)",
            body: showImplicit),
        rateAndBatchDemo,
        earlyStoppingDemo,
        Demo(
            id: "bagging", title: "Bagging: four resampled fits and their mean (figure 9.7, notebook 9.3)",
            body: showBagging),
        Demo(
            id: "dropout-ensemble",
            title: "Dropout's weight scaling is the geometric mean of all masked models (Goodfellow eq. 7.66)",
            body: showDropoutEnsemble),
        Demo(
            id: "monte-carlo-dropout", title: "Weight scaling against Monte Carlo dropout in a trained network",
            body: showMonteCarloDropout),
        Demo(
            id: "input-noise", title: "Noise on the inputs is a penalty on the slope (problem 9.3, figure 9.10)",
            body: showInputNoise),
        Demo(
            id: "label-smoothing", title: "Label smoothing stops the push to certainty (problem 9.4)",
            body: showLabelSmoothing),
        Demo(
            id: "bayesian", title: "Bayesian inference for the simplified network (figure 9.11, notebook 9.4)",
            body: showBayesian),
        augmentationDemo,
        Demo(id: "adamw", title: "Weight decay is not L2 under Adam (the chapter's notes)", body: showAdamW),
    ]

    static func point(_ phi: [Double]) -> String {
        "(" + Narrator.format(phi[0], digits: 3) + ", " + Narrator.format(phi[1], digits: 3) + ")"
    }

    static func showExplicit(_ n: Narrator) {
        typealias E = ExplicitRegularization
        n.say(
            "The Gabor model's least-squares loss on notebook 6.3's thirty points has many minima. Adding "
                + "λ·(φ0² + (φ1 − 12.5)²) with λ = 0.2 pulls the parameters towards the centre of the plot (eq. 9.1).")
        n.table(
            ["loss", "minima", "global minimum", "its loss"],
            [("L", E.plainMinima), ("L + penalty", E.regularizedMinima)].map { name, minima in
                [name, "\(minima.count)", point(minima[0].phi), Narrator.format(minima[0].loss, digits: 4)]
            })
        let plain = E.descent(lambda: 0).last!
        let regularized = E.descent(lambda: E.lambda).last!
        n.say(
            "Gradient descent with step 0.1 for 41 steps from (2.6, 8.5), as notebook 9.1 runs it, stops at "
                + point(plain) + " on L, a local minimum with loss " + Narrator.format(E.loss(plain), digits: 3)
                + ", and at " + point(regularized) + " on the regularized loss, near its global minimum; there the "
                + "data loss alone is " + Narrator.format(E.loss(regularized), digits: 3)
                + ", a good fit pulled slightly towards the prior's centre.")
        n.say(
            "The same penalty read as a prior (eqs. 9.3–9.4): maximising Pr(data | φ)·Pr(φ) with a normal prior "
                + "centred on (0, 12.5) adds ‖φ − (0, 12.5)‖²/(2σ_φ²) to the negative log-likelihood. With normal "
                + "noise of variance σ² the summed squared error is 2σ² times its negative log-likelihood, up to a constant, so λ = σ²/σ_φ² "
                + "(problem 9.1): λ = 0.2 is a prior whose variance is five times the noise's.")
    }

    static func showRidge(_ n: Narrator) {
        let data = RidgeFits.data
        n.say(
            "The simplified network with 14 hidden units has as many parameters as there are points (fifteen), so "
                + "least squares fits them exactly. The L2 penalty λ·Σω² (eq. 9.5; β is left alone) trades that "
                + "fit for smoothness. The last column is the mean squared distance to the true function.")
        n.table(
            ["λ", "training loss", "distance to the truth"],
            RidgeFits.figureLambdas.map { lambda in
                let model = RidgeFits.fit(x: data.x, y: data.y, lambda: lambda)
                let training = zip(data.x, data.y).reduce(0) { $0 + (model($1.0) - $1.1) * (model($1.0) - $1.1) }
                return [
                    superscriptPower(lambda), Narrator.format(training, digits: 4),
                    Narrator.format(RidgeFits.errorAgainstTruth { model($0) }, digits: 4),
                ]
            })
        n.say("Small λ interpolates the noise; intermediate λ comes closest to the truth; large λ flattens it.")
    }

    static func showImplicit(_ n: Narrator) {
        typealias I = ImplicitRegularization
        n.say(
            "Notebook 9.2's loss is zero all along φ1 = 0. From (−0.7, −0.75), 10,000 steps of 0.001 approximate "
                + "the continuous path; 100 steps of 0.05 cover the same time with a finite step.")
        n.table(
            ["descent", "end point"],
            [
                ["continuous (10,000 × 0.001) on L", point(I.continuous.last!)],
                ["discrete (100 × 0.05) on L", point(I.discrete.last!)],
                ["continuous on L + (0.05/4)‖∇L‖² (eq. 9.8)", point(I.corrected.last!)],
            ])
        n.say(
            "The finite step behaves like continuous descent on a loss with an extra penalty on the gradient's "
                + "size: with that term added, the continuous path lands where the discrete one did.")
    }

    static func showBagging(_ n: Narrator) {
        let bagging = Bagging.notebook
        n.say(
            "Notebook 9.3 fits the 14-unit model (with a ridge of 10⁻⁵) to fifteen points and to four resamples of "
                + "them drawn with replacement. Mean squared error against the true function on 100 points:")
        var rows = [
            ["all fifteen points", Narrator.format(RidgeFits.errorAgainstTruth { bagging.full($0) }, digits: 3)]
        ]
        for (index, model) in bagging.models.enumerated() {
            rows.append([
                "resample \(index + 1)", Narrator.format(RidgeFits.errorAgainstTruth { model($0) }, digits: 3),
            ])
        }
        rows.append(["median of the four", Narrator.format(RidgeFits.errorAgainstTruth(bagging.median), digits: 3)])
        rows.append(["mean of the four", Narrator.format(RidgeFits.errorAgainstTruth(bagging.mean), digits: 3)])
        n.table(["model", "error"], rows)
        let best = bagging.models.map { model in RidgeFits.errorAgainstTruth { model($0) } }.min()!
        let combined = max(RidgeFits.errorAgainstTruth(bagging.median), RidgeFits.errorAgainstTruth(bagging.mean))
        n.say(
            combined < best
                ? "Both combinations beat every member, as the notebook expects."
                : "Here a member does as well as the combinations; the notebook expects them to win on average.")
    }

    static func showBayesian(_ n: Narrator) {
        let data = RidgeFits.data
        n.say(
            "Five hidden units, noise σ² = 0.09 and a normal prior on the six parameters. The posterior is normal "
                + "(notebook 9.4); its mean predicts, and its spread says how sure the prediction is. With a tight "
                + "prior the weights stay small; with a loose one the data decide.")
        n.table(
            ["prior variance", "posterior mean β", "largest |ω|", "predictive SD at x = 0.5"],
            BayesianFit.figurePriorVariances.map { variance in
                let fit = BayesianFit(x: data.x, y: data.y, priorVariance: variance)
                return [
                    Narrator.format(variance, digits: 1), Narrator.format(fit.mean.last!, digits: 3),
                    Narrator.format(fit.mean.dropLast().map(abs).max()!, digits: 3),
                    Narrator.format(fit.predictive(0.5).variance.squareRoot(), digits: 3),
                ]
            })
    }

    static func showShrinkage(_ n: Narrator) {
        let h = [[3.0, 1.0], [1.0, 0.5]]
        let optimum = [1.0, 2.0]
        n.say(
            "A quadratic loss ½(w − w*)ᵀH(w − w*) with H = [[3, 1], [1, 0.5]] and w* = (1, 2). L2 with strength α "
                + "scales w* along each eigenvector of H by λᵢ/(λᵢ + α): directions the loss barely constrains "
                + "shrink most. The closed form against 20,000 steps of gradient descent:")
        n.table(
            ["α", "closed form", "gradient descent"],
            [0.1, 1, 10].map { alpha in
                [
                    Narrator.format(alpha, digits: 1),
                    point(Shrinkage.l2Minimum(hessian: h, optimum: optimum, alpha: alpha)),
                    point(Shrinkage.l2Descent(hessian: h, optimum: optimum, alpha: alpha, steps: 20_000, rate: 0.05)),
                ]
            })
        let diagonal = [2.0, 1.0, 0.5]
        let target = [1.5, -0.3, 0.8]
        n.say(
            "L1 with a diagonal H = diag(2, 1, 0.5) and w* = (1.5, −0.3, 0.8): soft thresholding moves each weight "
                + "towards zero by α/Hᵢᵢ and sets it to exactly zero when it would cross. Closed form against "
                + "proximal gradient descent:")
        n.table(
            ["α", "closed form", "proximal descent"],
            [0.2, 0.5].map { alpha in
                let show = { (w: [Double]) in w.map { Narrator.format($0, digits: 3) }.joined(separator: ", ") }
                return [
                    Narrator.format(alpha, digits: 1),
                    show(Shrinkage.l1Minimum(diagonal: diagonal, optimum: target, alpha: alpha)),
                    show(
                        Shrinkage.l1Descent(diagonal: diagonal, optimum: target, alpha: alpha, steps: 5000, rate: 0.1)),
                ]
            })
        n.say(
            "Averaging k models whose errors have variance v = 1 and covariance c gives an expected squared error "
                + "of v/k + (k − 1)c/k: k times smaller when the errors are independent, no better when they are "
                + "perfectly correlated. Formula against 20,000 simulated trials:")
        var random = NumPyRandomState(seed: 0)
        n.table(
            ["k", "c", "formula", "simulation"],
            [(4, 0.0), (4, 0.5), (10, 0.2), (10, 0.9)].map { k, c in
                [
                    "\(k)", Narrator.format(c, digits: 1),
                    Narrator.format(Shrinkage.ensembleError(models: k, variance: 1, covariance: c), digits: 4),
                    Narrator.format(
                        Shrinkage.simulatedEnsembleError(
                            models: k, variance: 1, covariance: c, trials: 20_000, random: &random),
                        digits: 4),
                ]
            })
    }

    static func showDropoutEnsemble(_ n: Narrator) {
        let model = DropoutEnsemble.example(inputs: 10, seed: 0)
        let show = { (p: [Double]) in p.map { Narrator.format($0, digits: 6) }.joined(separator: ", ") }
        n.say(
            "A softmax regression with ten inputs and three classes (random weights, seed 0). Dropping each input "
                + "with probability ½ gives 2¹⁰ = 1024 models. Their predictions for one input, combined three ways:")
        n.table(
            ["combination", "p(class 1), p(class 2), p(class 3)"],
            [
                [
                    "weight scaling (all inputs, weights halved)",
                    show(DropoutEnsemble.weightScaling(weights: model.weights, bias: model.bias, input: model.input)),
                ],
                [
                    "normalised geometric mean of the 1024",
                    show(DropoutEnsemble.geometricMean(weights: model.weights, bias: model.bias, input: model.input)),
                ],
                [
                    "arithmetic mean of the 1024 (Monte Carlo dropout's target)",
                    show(DropoutEnsemble.arithmeticMean(weights: model.weights, bias: model.bias, input: model.input)),
                ],
            ])
        n.say(
            "For softmax regression the weight-scaling rule is exactly the geometric mean: the log-probabilities "
                + "are linear in the mask, so averaging them over the masks averages the logits. The arithmetic "
                + "mean differs; for deep networks weight scaling is only an approximation to either.")
    }

    static func showAdamW(_ n: Narrator) {
        let fits = AdamWeightDecay.fits
        let norm = { (p: [Double]) in p.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        let gap = { (p: [Double], q: [Double]) in
            zip(p, q).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
        }
        n.say(
            "The 14-unit simplified model on fifteen points, 3000 full-batch steps from zero, regularized two ways: "
                + "the L2 penalty 0.01·Σφ² added to the loss, or decoupled weight decay of the same strength "
                + "(φ shrinks by 2·0.01·α·φ each step).")
        n.table(
            ["optimizer", "‖φ‖ with L2", "‖φ‖ with decay", "distance between the two"],
            [
                [
                    "gradient descent (α = 0.05)", Narrator.format(norm(fits.descentL2), digits: 4),
                    Narrator.format(norm(fits.descentDecay), digits: 4),
                    Narrator.format(gap(fits.descentL2, fits.descentDecay), digits: 6),
                ],
                [
                    "Adam (α = 0.01)", Narrator.format(norm(fits.adamL2), digits: 4),
                    Narrator.format(norm(fits.adamW), digits: 4),
                    Narrator.format(gap(fits.adamL2, fits.adamW), digits: 6),
                ],
            ])
        n.say(
            "With gradient descent the two are one update written two ways and end in the same place. Adam with "
                + "the penalty also heads for the minimum of the penalized loss, where the total gradient vanishes, "
                + "so it ends near gradient descent's fit. AdamW's decay acts outside Adam's division by √v̂: it "
                + "stops where Adam's normalised step balances the decay, which is not the minimum of any penalized "
                + "loss, and the fits part ways.")
    }

    static func showLabelSmoothing(_ n: Narrator) {
        n.say(
            "Ten classes; the correct logit leads every other by a margin m. The plain cross-entropy keeps falling "
                + "as m grows, so training keeps inflating the logits. With label smoothing (0.9 on the correct "
                + "class, 0.1 shared by the other nine) the loss is smallest at m = log 81 ≈ "
                + Narrator.format(LabelSmoothing.bestMargin, digits: 3) + ", where the softmax equals the target.")
        n.table(
            ["margin m", "cross-entropy", "with label smoothing"],
            [0, 2, 4, LabelSmoothing.bestMargin, 6, 10, 20].map { m in
                [
                    Narrator.format(m, digits: 3), Narrator.format(LabelSmoothing.plainLoss(margin: m), digits: 5),
                    Narrator.format(LabelSmoothing.smoothedLoss(margin: m), digits: 5),
                ]
            })
    }

    static func showMonteCarloDropout(_ n: Narrator) {
        let network = MonteCarloDropout.trained
        let x = [0.1, 0.3, 0.5, 0.7, 0.9, 1.2]
        let scaled = network.scaled(x)
        let sampled = network.monteCarlo(x, passes: 1000, seed: 1)
        n.say(
            "A 1-64-64-1 network with dropout ½ after each hidden layer, trained on fifteen points. At inference "
                + "the weight-scaling rule keeps every unit (one pass); Monte Carlo dropout averages 1000 passes "
                + "with fresh masks and also reports how much they disagree.")
        n.table(
            ["x", "weight scaling", "Monte Carlo mean", "Monte Carlo SD", "true function"],
            x.indices.map { i in
                [
                    Narrator.format(x[i], digits: 1), Narrator.format(scaled[i], digits: 3),
                    Narrator.format(sampled.mean[i], digits: 3), Narrator.format(sampled.deviation[i], digits: 3),
                    Narrator.format(ToyRegression.trueFunction(x[i]), digits: 3),
                ]
            })
        n.say(
            "The two predictions are close but not equal: a network with ReLUs between its dropout layers is not "
                + "linear in the masks, so scaling the weights only approximates the average over them.")
    }

    static func showInputNoise(_ n: Narrator) {
        n.say(
            "Linear regression y = φ0 + φ1·x on six points at φ = (0.2, 1.5). Adding noise of variance σ_x² to "
                + "every input changes the expected gradient of the summed squared error by 2·I·σ_x²·φ1 on the slope "
                + "only: the gradient of I·σ_x²·φ1², an L2 penalty on the slope. Averages of 20,000 noisy gradients "
                + "against that closed form:")
        var random = NumPyRandomState(seed: 0)
        n.table(
            ["σ_x", "averaged ∂L/∂φ0", "closed form", "averaged ∂L/∂φ1", "closed form"],
            [0.0, 0.1, 0.3].map { sigma in
                let averaged = InputNoiseGradient.averaged(deviation: sigma, draws: 20_000, random: &random)
                let expected = InputNoiseGradient.expected(deviation: sigma)
                return [
                    Narrator.format(sigma, digits: 1), Narrator.format(averaged[0], digits: 3),
                    Narrator.format(expected[0], digits: 3), Narrator.format(averaged[1], digits: 3),
                    Narrator.format(expected[1], digits: 3),
                ]
            })
    }
}
/// A power of ten for narration: "1" or "10⁻³".
func superscriptPower(_ value: Double) -> String {
    let exponent = Int(log10(value).rounded())
    guard exponent != 0 else { return "1" }
    let digits: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
    ]
    return "10" + (exponent < 0 ? "⁻" : "") + String(String(abs(exponent)).map { digits[$0]! })
}
