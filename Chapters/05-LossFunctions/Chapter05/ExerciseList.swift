import Companion
import Foundation
import Neural

extension LossFunctions {

    static let exercises: [Exercise] = problemExercises + notebookExercises

    static let problemExercises: [Exercise] = [
        Exercise(
            id: "5.1", title: "The logistic sigmoid and its limits", source: "Problem 5.1",
            function: "logisticSigmoid", reader: logisticSigmoid,
            reference: Reference.logisticSigmoid,
            wrong: [{ 1 / (1 + exp($0)) }, { exp($0) / (1 + exp($0)) }, { tanh($0) }],
            check: checkSigmoid),
        Exercise(
            id: "5.2", title: "Binary cross-entropy as a function of λ", source: "Problem 5.2",
            function: "binaryLoss", reader: binaryLoss,
            reference: Reference.binaryLoss,
            wrong: [
                { try Reference.binaryLoss(lambda: $0, y: 1 - $1) },
                { lambda, y in
                    -Double(1 - y) * log10(1 - lambda) - Double(y) * log10(lambda)
                },
            ],
            check: checkBinaryLoss),
        Exercise(
            id: "5.3a", title: "The von Mises loss", source: "Problem 5.3",
            function: "vonMisesLoss", reader: vonMisesLoss,
            reference: Reference.vonMisesLoss,
            wrong: [
                { f, y, kappa in zip(f, y).reduce(0) { $0 - kappa * cos($1.1 - $1.0) } },
                { f, y, kappa in try Reference.vonMisesLoss(f: f, y: y, kappa: 1) * kappa },
                { f, y, kappa in zip(f, y).reduce(0) { $0 + ($1.1 - $1.0) * ($1.1 - $1.0) } },
            ],
            check: checkVonMisesLoss),
        Exercise(
            id: "5.3b", title: "Gradient of the von Mises loss", source: "Problem 5.3",
            function: "vonMisesLossGradient", reader: vonMisesLossGradient,
            reference: Reference.vonMisesLossGradient,
            wrong: [
                { try Reference.vonMisesLossGradient(f: $0, y: $1, kappa: $2).map { -$0 } },
                { f, y, _ in try Reference.vonMisesLossGradient(f: f, y: y, kappa: 1) },
            ],
            check: checkVonMisesGradient),
        Exercise(
            id: "5.3c", title: "Inference: the most likely direction", source: "Problem 5.3",
            function: "vonMisesPrediction", reader: vonMisesPrediction,
            reference: Reference.vonMisesPrediction,
            wrong: [{ $0 }, { $0 - 2 * .pi * ($0 / (2 * .pi)).rounded(.down) }],
            check: checkVonMisesPrediction),
        Exercise(
            id: "5.4a", title: "The mixture-of-Gaussians loss", source: "Problem 5.4",
            function: "mixtureLoss", reader: mixtureLoss,
            reference: Reference.mixtureLoss,
            wrong: [
                Wrong.mixtureLossWeightsOutsideLog,
                { y, theta in
                    try Reference.mixtureLoss(
                        y: y, theta: theta.map { [$0[0], $0[1], $0[2] * $0[2], $0[3], $0[4] * $0[4]] })
                },
            ],
            check: checkMixtureLoss),
        Exercise(
            id: "5.4b", title: "From network outputs to mixture parameters", source: "Problem 5.4",
            function: "mixtureParameters", reader: mixtureParameters,
            reference: Reference.mixtureParameters,
            wrong: [
                { $0 }, { [sigmoid($0[0]), $0[1], sigmoid($0[2]), $0[3], sigmoid($0[4])] },
                { [sigmoid($0[0]), $0[1], exp($0[2]), sigmoid($0[3]), exp($0[4])] },
            ],
            check: checkMixtureParameters),
        Exercise(
            id: "5.4c", title: "Inference: the mode of a mixture", source: "Problem 5.4",
            function: "mixtureMode", reader: mixtureMode, reference: Reference.mixtureMode,
            wrong: [{ $0[0] * $0[1] + (1 - $0[0]) * $0[3] }, { $0[0] >= 0.5 ? $0[1] : $0[3] }],
            check: checkMixtureMode),
        Exercise(
            id: "5.5a", title: "A mixture of two von Mises distributions", source: "Problem 5.5",
            function: "vonMisesMixtureDensity", reader: vonMisesMixtureDensity,
            reference: Reference.vonMisesMixtureDensity,
            wrong: [
                { y, t in
                    Distributions.vonMises(y, mean: t[1], concentration: t[2])
                        + Distributions.vonMises(y, mean: t[3], concentration: t[4])
                },
                { y, t in (t[0] * exp(t[2] * cos(y - t[1])) + (1 - t[0]) * exp(t[4] * cos(y - t[3]))) / (2 * .pi) },
            ],
            check: checkVonMisesMixture),
        Exercise(
            id: "5.5b", title: "How many network outputs?", source: "Problem 5.5",
            function: "vonMisesMixtureOutputCount", reader: vonMisesMixtureOutputCount,
            reference: Reference.vonMisesMixtureOutputCount, wrong: [{ 3 }, { 4 }],
            check: { answer in try expectEqual(try answer(), 5, "outputs for λ, μ_1, κ_1, μ_2 and κ_2") }),
        Exercise(
            id: "5.6a", title: "The Poisson loss for counts", source: "Problem 5.6",
            function: "poissonLoss", reader: poissonLoss, reference: Reference.poissonLoss,
            wrong: [
                { f, y in zip(f, y).reduce(0) { $0 + exp($1.0) - Double($1.1) * $1.0 } },
                { f, y in zip(f, y).reduce(0) { $0 + $1.0 - Double($1.1) * log($1.0) + lgamma(Double($1.1) + 1) } },
            ],
            check: checkPoissonLoss),
        Exercise(
            id: "5.6b", title: "Gradient of the Poisson loss", source: "Problem 5.6",
            function: "poissonLossGradient", reader: poissonLossGradient,
            reference: Reference.poissonLossGradient,
            wrong: [
                { f, y in zip(f, y).map { Double($1) - exp($0) } },
                { f, y in zip(f, y).map { exp($0) - Double($1) * $0 } },
            ],
            check: checkPoissonGradient),
        Exercise(
            id: "5.7", title: "Independent normal outputs", source: "Problem 5.7",
            function: "independentNormalLikelihood", reader: independentNormalLikelihood,
            reference: Reference.independentNormalLikelihood,
            wrong: [
                Wrong.singleNormalOverDistance,
                { y, mu, sigma in try Reference.independentNormalLikelihood(y: y, mu: mu, sigma: sigma * sigma) },
            ],
            check: checkIndependentNormals),
        Exercise(
            id: "5.8a", title: "The heteroscedastic multivariate loss", source: "Problem 5.8",
            function: "heteroscedasticLoss", reader: heteroscedasticLoss,
            reference: Reference.heteroscedasticLoss,
            wrong: [Wrong.heteroscedasticRawVariance, Wrong.heteroscedasticWithoutLogTerm],
            check: checkHeteroscedasticLoss),
        Exercise(
            id: "5.8b", title: "Gradient of the heteroscedastic loss", source: "Problem 5.8",
            function: "heteroscedasticLossGradient", reader: heteroscedasticLossGradient,
            reference: Reference.heteroscedasticLossGradient,
            wrong: [
                { outputs, y in
                    var g = try Reference.heteroscedasticLossGradient(outputs: outputs, y: y)
                    for k in y.count..<g.count { g[k] = 0 }
                    return g
                },
                { try Reference.heteroscedasticLossGradient(outputs: $0, y: $1).map { -$0 } },
            ],
            check: checkHeteroscedasticGradient),
        Exercise(
            id: "5.9", title: "Outputs in different units: standardise", source: "Problem 5.9",
            function: "standardizeTargets", reader: standardizeTargets,
            reference: Reference.standardizeTargets,
            wrong: [Wrong.standardizeJointly, Wrong.divideByMaximum],
            check: checkStandardize),
        Exercise(
            id: "5.10", title: "Wind direction and speed together", source: "Problem 5.10",
            function: "windLoss", reader: windLoss, reference: Reference.windLoss,
            wrong: [
                { outputs, direction, _, kappa in
                    try Reference.vonMisesLoss(f: outputs.map { $0[0] }, y: direction, kappa: kappa)
                },
                Wrong.windRateWithoutExp,
            ],
            check: checkWindLoss),
    ]
}
