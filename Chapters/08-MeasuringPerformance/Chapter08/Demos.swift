import Companion
import Foundation
import Neural

extension MeasuringPerformance {
    static let demos: [Demo] = [
        trainingDemo,
        Demo(
            id: "bias-variance", title: "Noise, bias and variance as capacity grows (figures 8.5, 8.7, 8.9)",
            body: showBiasVariance),
        Demo(id: "more-data", title: "More data, less variance (figure 8.6)", body: showMoreData),
        Demo(
            id: "cross-validation", title: "Choosing the capacity by k-fold cross-validation (figure 8.9's model)",
            body: showCrossValidation),
        doubleDescentDemo, tuningDemo,
        Demo(
            id: "high-dimensions", title: "Distances and volumes in many dimensions (section 8.4.1, notebook 8.4)",
            body: showHighDimensions),
    ]

    static func showBiasVariance(_ n: Narrator) {
        n.say(
            "Fifteen noisy points of a quasi-sinusoid (σ = 0.3) are fitted in closed form by the model of figure 8.4 "
                + "with 1 to 12 hidden units, on 100 different training sets. The variance measures how much the fits "
                + "disagree; the bias how far their average lies from the true function (eq. 8.7). The noise, "
                + "σ² = 0.09, is the same for every model.")
        let sweep = BiasVariance.capacitySweep
        n.table(
            ["capacity", "bias", "variance", "bias + variance"],
            sweep.map {
                [
                    "\($0.capacity)", Narrator.format($0.bias, digits: 4), Narrator.format($0.variance, digits: 4),
                    Narrator.format($0.bias + $0.variance, digits: 4),
                ]
            })
        let best = sweep.min { $0.bias + $0.variance < $1.bias + $1.variance }!
        n.say(
            "The bias falls and the variance grows with capacity; their sum is smallest at capacity \(best.capacity), "
                + "as the book finds for figure 8.9.")
    }

    /// Figure 8.6's training-set sizes.
    static let dataSizes = [6, 10, 100]

    static func showMoreData(_ n: Narrator) {
        n.say(
            "The three-region model fitted to 100 training sets of each size (notebook 8.2’s number): the spread of the fits "
                + "(the variance term) shrinks as the sets grow, while the bias stays where the model's shape puts it.")
        var random = NumPyRandomState(seed: 1)
        n.table(
            ["points", "bias", "variance"],
            dataSizes.map { size in
                let result = BiasVariance(points: size, datasets: 100, hiddenUnits: 3, random: &random)
                return [
                    "\(size)", Narrator.format(result.bias, digits: 4), Narrator.format(result.variance, digits: 4),
                ]
            })
    }

    static func showHighDimensions(_ n: Narrator) {
        n.say(
            "1000 points from a standard normal in 2, 100 and 1000 dimensions (seed 0, drawn in that order as "
                + "notebook 8.4 does). In many dimensions the nearest and the farthest pair are almost equally far apart."
        )
        var random = NumPyRandomState(seed: 0)
        n.table(
            ["dimensions", "farthest / nearest"],
            [2, 100, 1000].map { d in
                [
                    "\(d)",
                    Narrator.format(
                        HighDimensions.distanceRatio(
                            HighDimensions.gaussianPoints(dimension: d, count: 1000, random: &random)), digits: 4),
                ]
            })
        n.say("The volume of a ball of diameter one (eq. 8.8) shrinks towards nothing as the dimension grows:")
        n.table(
            ["D", "volume"],
            (1...10).map {
                ["\($0)", Narrator.format(HighDimensions.ballVolume(radius: 0.5, dimension: $0), digits: 4)]
            })
        n.say("And the outer 1 % of the radius holds more and more of it (problem 8.8):")
        n.table(
            ["D", "share in the outer 1 %"],
            [1, 2, 10, 20, 50, 100, 150, 200, 250, 300].map {
                ["\($0)", Narrator.format(HighDimensions.outerShellShare(dimension: $0), digits: 4)]
            })
    }

    static func showCrossValidation(_ n: Narrator) {
        n.say(
            "Fifteen points (notebook 8.2's first data set: seed 1, σ = 0.3) are split into five folds; the model of "
                + "figure 8.4 is fitted to four and scored on the fifth, in turn. Leave-one-out uses fifteen folds. "
                + "The last column is the expected test error the cross-validation estimates: noise σ² plus the bias "
                + "and variance of figure 8.9, measured over 100 data sets.")
        var random = NumPyRandomState(seed: 1)
        let data = ToyRegression.sample(count: 15, sigma: BiasVariance.sigma, random: &random)
        let sweep = BiasVariance.capacitySweep
        n.table(
            ["capacity", "5-fold", "leave-one-out", "σ² + bias + variance"],
            CrossValidation.capacities.map { d in
                let expected = sweep.first { $0.capacity == d }.map { 0.09 + $0.bias + $0.variance }!
                return [
                    "\(d)",
                    Narrator.format(CrossValidation.error(x: data.x, y: data.y, hiddenUnits: d, folds: 5), digits: 4),
                    Narrator.format(CrossValidation.error(x: data.x, y: data.y, hiddenUnits: d, folds: 15), digits: 4),
                    Narrator.format(expected, digits: 4),
                ]
            })
        var counts = [Int: Int]()
        var draws = NumPyRandomState(seed: 2)
        for _ in 0..<100 {
            let set = ToyRegression.sample(count: 15, sigma: BiasVariance.sigma, random: &draws)
            counts[CrossValidation.choose(x: set.x, y: set.y, folds: 5), default: 0] += 1
        }
        n.say(
            "On this data set 5-fold cross-validation picks capacity "
                + "\(CrossValidation.choose(x: data.x, y: data.y, folds: 5)). Over 100 fresh data sets it picks "
                + counts.sorted { $0.key < $1.key }.map {
                    "\($0.key) regions " + ($0.value == 1 ? "once" : "\($0.value) times")
                }.joined(separator: ", ")
                + ": one data set of fifteen points is a noisy judge, but the choices gather around the capacity "
                + "that minimises bias plus variance.")
    }
}
