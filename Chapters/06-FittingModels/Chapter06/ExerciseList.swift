import Companion
import Foundation
import Neural

extension FittingModels {
    static let exercises: [Exercise] = problemExercises + notebookExercises

    static let problemExercises: [Exercise] = [
        Exercise(
            id: "6.1", title: "Derivatives of one squared error", source: "Problem 6.1", function: "exampleGradient",
            reader: exampleGradient, reference: Reference.exampleGradient,
            wrong: [
                { p0, p1, x, y in [p0 + p1 * x - y, x * (p0 + p1 * x - y)] },
                { p0, p1, x, y in [2 * x * (p0 + p1 * x - y), 2 * (p0 + p1 * x - y)] },
            ],
            check: checkExampleGradient),
        Exercise(
            id: "6.2", title: "The Hessian of the line fit", source: "Problem 6.2", function: "lineHessian",
            reader: lineHessian, reference: Reference.lineHessian,
            wrong: [
                { x in LinearRegression.hessian(x: x).map { $0.map { $0 / 2 } } },
                { x in
                    let s = 2 * x.reduce(0, +); return [[2 * Double(x.count), s], [s, s]]
                },
            ],
            check: checkLineHessian),
        Exercise(
            id: "6.3", title: "Gradient of the Gabor loss", source: "Problem 6.3", function: "gaborLossGradient",
            reader: gaborLossGradient, reference: Reference.gaborLossGradient,
            wrong: [
                { phi, x, y in
                    let g = GaborModel(phi).gradient(x: x, y: y); return [g[0], g[1] / 0.06]
                },
                { phi, x, y in
                    zip(x, y).reduce([0.0, 0]) { g, pair in
                        let model = GaborModel(phi)
                        let z = phi[0] + 0.06 * phi[1] * pair.0
                        let d = 2 * (model.predict(pair.0) - pair.1) * cos(z) * exp(-z * z / 32)
                        return [g[0] + d, g[1] + d * 0.06 * pair.0]
                    }
                },
            ],
            check: checkGaborGradient),
        Exercise(
            id: "6.4a", title: "The logistic-regression loss", source: "Problem 6.4", function: "logisticLoss",
            reader: logisticLoss, reference: Reference.logisticLoss,
            wrong: [
                { phi, x, y in LogisticRegression(phi: phi).loss(x: x, y: y) / Double(x.count) },
                { phi, x, y in LogisticRegression(phi: phi).loss(x: x, y: y.map { 1 - $0 }) },
            ],
            check: checkLogisticLoss),
        Exercise(
            id: "6.4b", title: "Its gradient", source: "Problem 6.4", function: "logisticGradient",
            reader: logisticGradient, reference: Reference.logisticGradient,
            wrong: [
                { phi, x, y in LogisticRegression(phi: phi).gradient(x: x, y: y).map { -$0 } },
                { phi, x, y in
                    let g = LogisticRegression(phi: phi).gradient(x: x, y: y); return [g[0], g[0]]
                },
            ],
            check: checkLogisticGradient),
        Exercise(
            id: "6.4c", title: "Its Hessian (convexity)", source: "Problem 6.4", function: "logisticHessian",
            reader: logisticHessian, reference: Reference.logisticHessian,
            wrong: [
                { phi, x, _ in
                    x.reduce([[0.0, 0], [0, 0]]) { h, xi in
                        let s = sigmoid(phi[0] + phi[1] * xi)
                        return [[h[0][0] + s, h[0][1] + s * xi], [h[1][0] + s * xi, h[1][1] + s * xi * xi]]
                    }
                },
                { phi, x, _ in LogisticRegression(phi: phi).hessian(x: x).map { $0.map { -$0 } } },
            ],
            check: checkLogisticHessian),
        Exercise(
            id: "6.5", title: "Derivatives for the shallow network of eq. 3.1", source: "Problem 6.5",
            function: "shallowNetworkGradient",
            reader: shallowNetworkGradient, reference: Reference.shallowNetworkGradient,
            wrong: [
                { p, x, y in try Reference.shallowNetworkGradient(parameters: p, x: x, y: y).map { $0 / 2 } },
                { p, x, y in
                    zip(x, y).reduce([Double](repeating: 0, count: 10)) { g, pair in
                        let pre = (0..<3).map { p[4 + 2 * $0] + p[5 + 2 * $0] * pair.0 }
                        let h = pre.map { max(0, $0) }
                        let r = 2 * (p[0] + p[1] * h[0] + p[2] * h[1] + p[3] * h[2] - pair.1)
                        var d = [r, r * h[0], r * h[1], r * h[2]]
                        for k in 0..<3 { d += [r * p[1 + k], r * p[1 + k] * pair.0] }  // ReLU′ forgotten
                        return zip(g, d).map(+)
                    }
                },
            ],
            check: checkShallowGradient),
        Exercise(
            id: "6.6a", title: "Which functions of figure 6.11 are convex?", source: "Problem 6.6",
            function: "convexPanels", reader: convexPanels, reference: Reference.convexPanels,
            wrong: [{ [true, true, false] }, { [false, false, false] }], check: checkConvexPanels),
        Exercise(
            id: "6.6b", title: "Minima in figure 6.11", source: "Problem 6.6", function: "classifyPoints",
            reader: classifyPoints, reference: Reference.classifyPoints,
            wrong: [
                { [.globalMinimum, .neither, .localMinimum, .neither, .globalMinimum, .localMinimum, .globalMinimum] },
                { [.globalMinimum, .neither, .globalMinimum, .neither, .localMinimum, .neither, .globalMinimum] },
            ],
            check: checkClassifiedPoints),
        Exercise(
            id: "6.8", title: "Can fixed-step gradient descent leave a local minimum?", source: "Problem 6.8",
            function: "fixedStepCanEscape", reader: fixedStepCanEscape,
            reference: Reference.fixedStepCanEscape, wrong: [{ false }], check: checkEscape),
        Exercise(
            id: "6.9", title: "Counting epochs", source: "Problem 6.9", function: "epochCount",
            reader: epochCount, reference: Reference.epochCount,
            wrong: [{ i, _, b in Double(i) / Double(b) }, { i, n, b in Double(i * n) / Double(b) }],
            check: checkEpochs),
        Exercise(
            id: "6.10", title: "Momentum as a weighted sum of gradients", source: "Problem 6.10",
            function: "momentumWeights", reader: momentumWeights,
            reference: Reference.momentumWeights,
            wrong: [
                { beta, t in (0..<t).map { (1 - beta) * pow(beta, Double($0)) } },
                { beta, t in (0..<t).map { pow(beta, Double(t - 1 - $0)) } },
            ],
            check: checkMomentumWeights),
        Exercise(
            id: "6.11", title: "The size of the Hessian", source: "Problem 6.11", function: "hessianShape",
            reader: hessianShape, reference: Reference.hessianShape,
            wrong: [{ [$0, 1] }, { [$0 * $0] }], check: checkHessianShape),
    ]
}
