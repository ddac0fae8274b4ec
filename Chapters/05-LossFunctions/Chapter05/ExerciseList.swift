import Companion
import Foundation
import Neural

extension LossFunctions {
    typealias Scalar = @Sendable (Double) throws -> Double
    typealias LabelledScalar = @Sendable (Double, Int) throws -> Double
    typealias LabelProbability = @Sendable (Int, Double) throws -> Double
    typealias VectorLoss = @Sendable ([Double], [Double], Double) throws -> Double
    typealias VectorGradient = @Sendable ([Double], [Double], Double) throws -> [Double]
    typealias MixtureLoss = @Sendable ([Double], [[Double]]) throws -> Double
    typealias Mapping = @Sendable ([Double]) throws -> [Double]
    typealias Mode = @Sendable ([Double]) throws -> Double
    typealias Density = @Sendable (Double, [Double]) throws -> Double
    typealias Count = @Sendable () throws -> Int
    typealias CountLoss = @Sendable ([Double], [Int]) throws -> Double
    typealias CountGradient = @Sendable ([Double], [Int]) throws -> [Double]
    typealias PairLoss = @Sendable ([Double], [Double]) throws -> Double
    typealias PairGradient = @Sendable ([Double], [Double]) throws -> [Double]
    typealias Table = @Sendable ([[Double]]) throws -> [[Double]]
    typealias Wind = @Sendable ([[Double]], [Double], [Double], Double) throws -> Double
    typealias NormalDensity = @Sendable (Double, Double, Double) throws -> Double
    typealias Sweep = @Sendable ([Double], [Double], [Double]) throws -> Double
    typealias LabelSweep = @Sendable ([Double], [Int], [Double]) throws -> Double
    typealias LabelLoss = @Sendable ([Int], [Double]) throws -> Double
    typealias CategoricalLoss = @Sendable ([Int], [[Double]]) throws -> Double

    static let exercises: [Exercise] = problemExercises + notebookExercises

    static let problemExercises: [Exercise] = [
        Exercise(
            id: "5.1", title: "The logistic sigmoid and its limits", source: "Problem 5.1",
            function: "logisticSigmoid", reader: logisticSigmoid as Scalar,
            reference: Reference.logisticSigmoid as Scalar,
            wrong: [{ 1 / (1 + exp($0)) }, { exp($0) / (1 + exp($0)) }, { tanh($0) }],
            check: checkSigmoid),
        Exercise(
            id: "5.2", title: "Binary cross-entropy as a function of λ", source: "Problem 5.2",
            function: "binaryLoss", reader: binaryLoss as LabelledScalar,
            reference: Reference.binaryLoss as LabelledScalar,
            wrong: [
                { try Reference.binaryLoss(lambda: $0, y: 1 - $1) },
                { lambda, y in
                    -Double(1 - y) * log10(1 - lambda) - Double(y) * log10(lambda)
                },
            ],
            check: checkBinaryLoss),
        Exercise(
            id: "5.3a", title: "The von Mises loss", source: "Problem 5.3",
            function: "vonMisesLoss", reader: vonMisesLoss as VectorLoss,
            reference: Reference.vonMisesLoss as VectorLoss,
            wrong: [
                { f, y, kappa in zip(f, y).reduce(0) { $0 - kappa * cos($1.1 - $1.0) } },
                { f, y, kappa in try Reference.vonMisesLoss(f: f, y: y, kappa: 1) * kappa },
                { f, y, kappa in zip(f, y).reduce(0) { $0 + ($1.1 - $1.0) * ($1.1 - $1.0) } },
            ],
            check: checkVonMisesLoss),
        Exercise(
            id: "5.3b", title: "Gradient of the von Mises loss", source: "Problem 5.3",
            function: "vonMisesLossGradient", reader: vonMisesLossGradient as VectorGradient,
            reference: Reference.vonMisesLossGradient as VectorGradient,
            wrong: [
                { try Reference.vonMisesLossGradient(f: $0, y: $1, kappa: $2).map { -$0 } },
                { f, y, _ in try Reference.vonMisesLossGradient(f: f, y: y, kappa: 1) },
            ],
            check: checkVonMisesGradient),
        Exercise(
            id: "5.3c", title: "Inference: the most likely direction", source: "Problem 5.3",
            function: "vonMisesPrediction", reader: vonMisesPrediction as Scalar,
            reference: Reference.vonMisesPrediction as Scalar,
            wrong: [{ $0 }, { $0 - 2 * .pi * ($0 / (2 * .pi)).rounded(.down) }],
            check: checkVonMisesPrediction),
        Exercise(
            id: "5.4a", title: "The mixture-of-Gaussians loss", source: "Problem 5.4",
            function: "mixtureLoss", reader: mixtureLoss as MixtureLoss,
            reference: Reference.mixtureLoss as MixtureLoss,
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
            function: "mixtureParameters", reader: mixtureParameters as Mapping,
            reference: Reference.mixtureParameters as Mapping,
            wrong: [
                { $0 }, { [sigmoid($0[0]), $0[1], sigmoid($0[2]), $0[3], sigmoid($0[4])] },
                { [sigmoid($0[0]), $0[1], exp($0[2]), sigmoid($0[3]), exp($0[4])] },
            ],
            check: checkMixtureParameters),
        Exercise(
            id: "5.4c", title: "Inference: the mode of a mixture", source: "Problem 5.4",
            function: "mixtureMode", reader: mixtureMode as Mode, reference: Reference.mixtureMode as Mode,
            wrong: [{ $0[0] * $0[1] + (1 - $0[0]) * $0[3] }, { $0[0] >= 0.5 ? $0[1] : $0[3] }],
            check: checkMixtureMode),
        Exercise(
            id: "5.5a", title: "A mixture of two von Mises distributions", source: "Problem 5.5",
            function: "vonMisesMixtureDensity", reader: vonMisesMixtureDensity as Density,
            reference: Reference.vonMisesMixtureDensity as Density,
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
            function: "vonMisesMixtureOutputCount", reader: vonMisesMixtureOutputCount as Count,
            reference: Reference.vonMisesMixtureOutputCount as Count, wrong: [{ 3 }, { 4 }],
            check: { answer in try expectEqual(try answer(), 5, "outputs for λ, μ_1, κ_1, μ_2 and κ_2") }),
        Exercise(
            id: "5.6a", title: "The Poisson loss for counts", source: "Problem 5.6",
            function: "poissonLoss", reader: poissonLoss as CountLoss, reference: Reference.poissonLoss as CountLoss,
            wrong: [
                { f, y in zip(f, y).reduce(0) { $0 + exp($1.0) - Double($1.1) * $1.0 } },
                { f, y in zip(f, y).reduce(0) { $0 + $1.0 - Double($1.1) * log($1.0) + lgamma(Double($1.1) + 1) } },
            ],
            check: checkPoissonLoss),
        Exercise(
            id: "5.6b", title: "Gradient of the Poisson loss", source: "Problem 5.6",
            function: "poissonLossGradient", reader: poissonLossGradient as CountGradient,
            reference: Reference.poissonLossGradient as CountGradient,
            wrong: [
                { f, y in zip(f, y).map { Double($1) - exp($0) } },
                { f, y in zip(f, y).map { exp($0) - Double($1) * $0 } },
            ],
            check: checkPoissonGradient),
        Exercise(
            id: "5.7", title: "Independent normal outputs", source: "Problem 5.7",
            function: "independentNormalLikelihood", reader: independentNormalLikelihood as VectorLoss,
            reference: Reference.independentNormalLikelihood as VectorLoss,
            wrong: [
                Wrong.singleNormalOverDistance,
                { y, mu, sigma in try Reference.independentNormalLikelihood(y: y, mu: mu, sigma: sigma * sigma) },
            ],
            check: checkIndependentNormals),
        Exercise(
            id: "5.8a", title: "The heteroscedastic multivariate loss", source: "Problem 5.8",
            function: "heteroscedasticLoss", reader: heteroscedasticLoss as PairLoss,
            reference: Reference.heteroscedasticLoss as PairLoss,
            wrong: [Wrong.heteroscedasticRawVariance, Wrong.heteroscedasticWithoutLogTerm],
            check: checkHeteroscedasticLoss),
        Exercise(
            id: "5.8b", title: "Gradient of the heteroscedastic loss", source: "Problem 5.8",
            function: "heteroscedasticLossGradient", reader: heteroscedasticLossGradient as PairGradient,
            reference: Reference.heteroscedasticLossGradient as PairGradient,
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
            function: "standardizeTargets", reader: standardizeTargets as Table,
            reference: Reference.standardizeTargets as Table,
            wrong: [Wrong.standardizeJointly, Wrong.divideByMaximum],
            check: checkStandardize),
        Exercise(
            id: "5.10", title: "Wind direction and speed together", source: "Problem 5.10",
            function: "windLoss", reader: windLoss as Wind, reference: Reference.windLoss as Wind,
            wrong: [
                { outputs, direction, _, kappa in
                    try Reference.vonMisesLoss(f: outputs.map { $0[0] }, y: direction, kappa: kappa)
                },
                Wrong.windRateWithoutExp,
            ],
            check: checkWindLoss),
    ]
}
