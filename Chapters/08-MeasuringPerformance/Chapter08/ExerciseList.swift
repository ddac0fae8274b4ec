import Companion
import Foundation
import Neural

extension MeasuringPerformance {
    static let exercises: [Exercise] = [
        Exercise(
            id: "8.1", title: "Can the cross-entropy of figure 8.2 reach zero?", source: "Problem 8.1",
            function: "crossEntropyAtMargin", reader: crossEntropyAtMargin, reference: Reference.crossEntropyAtMargin,
            wrong: [{ m, k in max(0, 1 - m) }, { m, k in exp(-m) }], check: checkCrossEntropyAtMargin),
        Exercise(
            id: "8.5", title: "An exact fit breaks a heteroscedastic model", source: "Problem 8.5",
            function: "negativeLogLikelihoodAtExactFit", reader: negativeLogLikelihoodAtExactFit,
            reference: Reference.negativeLogLikelihoodAtExactFit,
            wrong: [{ s in 0.5 * log(2 * Double.pi * s) }, { s in log(s) }], check: checkExactFitLikelihood),
        Exercise(
            id: "8.2", title: "The fixed first layer of figure 8.4", source: "Problem 8.2",
            function: "firstLayerOfFigure84", reader: firstLayerOfFigure84, reference: Reference.firstLayerOfFigure84,
            wrong: [
                { [[0, 1], [-1 / 3, 1], [-2 / 3, 1]].map { [$0[1], $0[0]] } },
                { [[-1 / 3, 1], [-2 / 3, 1], [-1, 1]] },
            ],
            check: checkFirstLayer),
        Exercise(
            id: "8.3", title: "Fitting the simplified model in closed form", source: "Problem 8.3",
            function: "fitThreeRegionModel", reader: fitThreeRegionModel, reference: Reference.fitThreeRegionModel,
            wrong: [
                { x, y in
                    let model = SimplifiedModel.fit(x: x, y: y, hiddenUnits: 4)
                    return [model.beta] + model.omega.prefix(3)
                },
                { x, y in [y.reduce(0, +) / Double(y.count), 0, 0, 0] },
            ],
            check: checkThreeRegionFit),
        Exercise(
            id: "8.4", title: "Parameters of the double-descent network", source: "Problem 8.4",
            function: "doubleDescentParameterCount", reader: doubleDescentParameterCount,
            reference: Reference.doubleDescentParameterCount,
            wrong: [{ 40 * $0 + $0 * $0 + 10 * $0 }, { 41 * $0 + ($0 + 1) * 10 }], check: checkParameterCount),
        Exercise(
            id: "8.6", title: "Random directions in many dimensions are nearly orthogonal", source: "Problem 8.6",
            function: "cosineSpread", reader: cosineSpread, reference: Reference.cosineSpread,
            wrong: [{ 1 / Double($0) }, { (2 / Double($0)).squareRoot() }], check: checkCosineSpread),
        Exercise(
            id: "8.7", title: "The volume of a hypersphere", source: "Problem 8.7",
            function: "hypersphereVolume", reader: hypersphereVolume, reference: Reference.hypersphereVolume,
            wrong: [
                { r, d in try Reference.hypersphereVolume(radius: 2 * r, dimension: d) },
                { r, d in pow(Double.pi, Double(d) / 2) * pow(r, Double(d)) },
            ],
            check: checkHypersphereVolume),
        Exercise(
            id: "8.8", title: "How much of a hypersphere lies near its surface", source: "Problem 8.8",
            function: "outerShellProportion", reader: outerShellProportion, reference: Reference.outerShellProportion,
            wrong: [{ min(0.01 * Double($0), 1) }, { pow(0.99, Double($0)) }], check: checkOuterShell),
        Exercise(
            id: "8.9", title: "How far samples lie from the centre", source: "Problem 8.9",
            function: "distanceDensity", reader: distanceDensity, reference: Reference.distanceDensity,
            wrong: [
                { r, d in exp(-(r - Double(d).squareRoot()) * (r - Double(d).squareRoot())) / Double.pi.squareRoot() },
                { r, d in 2 * (try Reference.distanceDensity(r: r, dimension: d)) },
            ],
            check: checkDistanceDensity),
        Exercise(
            id: "nb8.4.distances", title: "Nearest and farthest points", source: "Notebook 8.4",
            function: "distanceRatio", reader: distanceRatio, reference: Reference.distanceRatio,
            wrong: [
                {
                    let r = try Reference.distanceRatio(points: $0); return r * r
                }, { _ in 1 },
            ],
            check: checkDistanceRatio),
        Exercise(
            id: "nb8.2.terms", title: "Bias and variance from many fits", source: "Notebook 8.2",
            function: "biasAndVariance", reader: biasAndVariance, reference: Reference.biasAndVariance,
            wrong: [
                { p, t in
                    let terms = try Reference.biasAndVariance(predictions: p, truth: t)
                    return [terms[0], terms[1] * Double(p.count) / Double(max(p.count - 1, 1))]
                },
                { p, t in try Reference.biasAndVariance(predictions: p, truth: t).reversed() },
            ],
            check: checkBiasAndVariance),
    ]
}
