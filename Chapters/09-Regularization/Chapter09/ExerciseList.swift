import Companion
import Foundation
import Neural

extension Regularization {
    static let exercises: [Exercise] = [
        Exercise(
            id: "9.1", title: "A normal prior is L2 regularization", source: "Problem 9.1",
            function: "l2StrengthOfPrior", reader: l2StrengthOfPrior, reference: Reference.l2StrengthOfPrior,
            wrong: [{ s, p in p / s }, { s, p in 1 / (2 * p) }], check: checkPriorStrength),
        Exercise(
            id: "9.2", title: "The gradient of the L2-regularized loss", source: "Problem 9.2",
            function: "gradientWithL2", reader: gradientWithL2, reference: Reference.gradientWithL2,
            wrong: [{ g, phi, l in zip(g, phi).map { $0 + l * $1 } }, { g, phi, l in g }], check: checkL2Gradient),
        Exercise(
            id: "9.3", title: "Input noise as a penalty on the slope", source: "Problem 9.3",
            function: "expectedGradientWithInputNoise", reader: expectedGradientWithInputNoise,
            reference: Reference.expectedGradientWithInputNoise,
            wrong: [
                { phi, x, y, v in try Reference.expectedGradientWithInputNoise(phi: phi, x: x, y: y, noiseVariance: 0)
                },
                { phi, x, y, v in
                    let g = try Reference.expectedGradientWithInputNoise(phi: phi, x: x, y: y, noiseVariance: v)
                    return [g[0] + 2 * Double(x.count) * v * phi[0], g[1]]
                },
            ],
            check: checkInputNoiseGradient),
        Exercise(
            id: "9.4", title: "Label smoothing's loss", source: "Problem 9.4",
            function: "labelSmoothedLoss", reader: labelSmoothedLoss, reference: Reference.labelSmoothedLoss,
            wrong: [
                { logits, label in
                    CrossEntropy(reduction: .sum, labelSmoothing: 0.1).value(
                        output: Matrix(rows: logits.count, cols: 1, data: logits), target: [label])
                },
                { logits, label in
                    CrossEntropy(reduction: .sum).value(
                        output: Matrix(rows: logits.count, cols: 1, data: logits), target: [label])
                },
            ],
            check: checkLabelSmoothing),
        Exercise(
            id: "9.5", title: "Weight decay is a gradient step on an L2-regularized loss", source: "Problem 9.5",
            function: "weightDecayPenaltyCoefficient", reader: weightDecayPenaltyCoefficient,
            reference: Reference.weightDecayPenaltyCoefficient,
            wrong: [{ a, l in l / a }, { a, l in l }], check: checkWeightDecay),
        Exercise(
            id: "9.6", title: "L0, L½ and L1 penalties", source: "Problem 9.6",
            function: "lpRegularizer", reader: lpRegularizer, reference: Reference.lpRegularizer,
            wrong: [
                { phi, p in phi.reduce(0) { $0 + pow(abs($1), p) } },
                { phi, p in pow(phi.reduce(0) { $0 + pow(abs($1), p) }, 1 / max(p, 1)) },
            ],
            check: checkLpRegularizer),
        Exercise(
            id: "nb9.1.penalty", title: "The derivatives of the penalty towards (0, 12.5)", source: "Notebook 9.1",
            function: "penaltyDerivatives", reader: penaltyDerivatives, reference: Reference.penaltyDerivatives,
            wrong: [
                { phi, l in [l * phi[0], l * (phi[1] - 12.5)] },
                { phi, l in [2 * phi[0], 2 * (phi[1] - 12.5)] },
            ],
            check: checkPenaltyDerivatives),
        Exercise(
            id: "nb9.2.regularizer", title: "The implicit regularizer of gradient descent", source: "Notebook 9.2",
            function: "implicitRegularizer", reader: implicitRegularizer, reference: Reference.implicitRegularizer,
            wrong: [
                { g, a in a / 2 * g.reduce(0) { $0 + $1 * $1 } },
                { g, a in a / 4 * g.reduce(0) { $0 + $1 * $1 }.squareRoot() },
            ],
            check: checkImplicitRegularizer),
        Exercise(
            id: "nb9.3.median", title: "The median of an ensemble's predictions", source: "Notebook 9.3",
            function: "ensembleMedian", reader: ensembleMedian, reference: Reference.ensembleMedian,
            wrong: [{ p in p.sorted()[p.count / 2] }, { p in p.reduce(0, +) / Double(p.count) }],
            check: checkEnsembleMedian),
        Exercise(
            id: "nb9.4.posterior", title: "The posterior mean of the Bayesian simplified model", source: "Notebook 9.4",
            function: "posteriorMean", reader: posteriorMean, reference: Reference.posteriorMean,
            wrong: [
                { h, y, s, p in try Reference.posteriorMean(h: h, y: y, noiseVariance: s, priorVariance: 1e12) },
                { h, y, s, p in try Reference.posteriorMean(h: h, y: y, noiseVariance: p, priorVariance: s) },
            ],
            check: checkPosteriorMean),
        Exercise(
            id: "nb9.5.augment", title: "Shifting and scaling an MNIST-1D signal", source: "Notebook 9.5",
            function: "augmentSignal", reader: augmentSignal, reference: Reference.augmentSignal,
            wrong: [
                { x, o, f in try Reference.augmentSignal(x, offset: -o, factor: f) },
                { x, o, f in try Reference.augmentSignal(x, offset: o, factor: 1) },
            ],
            check: checkAugmentSignal),
    ]
}
