import Companion
import Neural

extension SupervisedLearning {
    static let exercises: [Exercise] = [
        Exercise(
            id: "2.1", title: "Gradient of the least-squares loss", source: "Problem 2.1",
            function: "lossGradient", reader: lossGradient, reference: Reference.lossGradient,
            wrong: [
                { try Reference.lossGradient(phi0: $0, phi1: $1, x: $2, y: $3).map { $0 / 2 } },
                { try Reference.lossGradient(phi0: $0, phi1: $1, x: $2, y: $3).reversed() },
            ],
            check: checkGradient),
        Exercise(
            id: "2.2", title: "Least squares in closed form", source: "Problem 2.2",
            function: "closedFormFit", reader: closedFormFit, reference: Reference.closedFormFit,
            wrong: [
                { x, y in
                    [
                        y.reduce(0, +) / Double(y.count),
                        zip(x, y).reduce(0) { $0 + $1.0 * $1.1 } / x.reduce(0) { $0 + $1 * $1 },
                    ]
                },
                { try Reference.closedFormFit(x: $0, y: $1).reversed() },
            ],
            check: checkClosedForm),
        Exercise(
            id: "2.3a", title: "Fitting the generative model x = φ0 + φ1·y", source: "Problem 2.3",
            function: "generativeFit", reader: generativeFit, reference: Reference.generativeFit,
            wrong: [Reference.closedFormFit], check: checkGenerativeFit),
        Exercise(
            id: "2.3b", title: "Inference by inverting the generative model", source: "Problem 2.3",
            function: "generativePredict",
            reader: generativePredict,
            reference: Reference.generativePredict,
            wrong: [{ x, phi in phi[0] + phi[1] * x }, { x, phi in (x + phi[0]) / phi[1] }],
            check: checkGenerativePredict),
        Exercise(
            id: "2.3c", title: "Do both models predict the same?", source: "Problem 2.3",
            function: "generativeMatchesDiscriminative",
            reader: generativeMatchesDiscriminative,
            reference: Reference.generativeMatchesDiscriminative,
            wrong: [{ true }], check: checkSamePredictions),
        Exercise(
            id: "nb2.1.model", title: "The linear model", source: "Notebook 2.1",
            function: "linearModel",
            reader: linearModel,
            reference: Reference.linearModel,
            wrong: [{ x, phi0, phi1 in phi1 + phi0 * x }], check: checkModel),
        Exercise(
            id: "nb2.1.loss", title: "The least-squares loss", source: "Notebook 2.1",
            function: "computeLoss", reader: computeLoss, reference: Reference.computeLoss,
            wrong: [
                { try Reference.computeLoss(x: $0, y: $1, phi0: $2, phi1: $3) / Double($0.count) },
                { x, y, phi0, phi1 in zip(x, y).reduce(0) { $0 + abs(phi0 + phi1 * $1.0 - $1.1) } },
            ],
            check: checkLoss),
        Exercise(
            id: "nb2.1.coordinate", title: "Fitting by coordinate descent", source: "Notebook 2.1",
            function: "coordinateDescent",
            reader: coordinateDescent,
            reference: Reference.coordinateDescent,
            wrong: [
                { x, y, start, _ in try Reference.coordinateDescent(x: x, y: y, start: start, rounds: 1) },
                { x, y, start, rounds in
                    var phi = start
                    for _ in 0..<rounds { phi[0] = zip(x, y).reduce(0) { $0 + $1.1 - phi[1] * $1.0 } / Double(x.count) }
                    return phi
                },
            ],
            check: checkCoordinateDescent),
        Exercise(
            id: "nb2.1.surface", title: "The loss surface on a grid", source: "Notebook 2.1",
            function: "lossSurface",
            reader: lossSurface,
            reference: Reference.lossSurface,
            wrong: [
                { x, y, phi0s, phi1s in try Reference.lossSurface(x: x, y: y, phi0Values: phi1s, phi1Values: phi0s) }
            ],
            check: checkSurface),
    ]
}
