import Companion
import Foundation
import Neural

extension GradientsAndInitialization {

    static let exercises: [Exercise] = problemExercises + modeExercises + notebookExercises

    static let problemExercises: [Exercise] = [
        Exercise(
            id: "7.1", title: "The 13 derivatives of a two-layer network", source: "Problem 7.1",
            function: "twoLayerDerivatives",
            reader: twoLayerDerivatives,
            reference: Reference.twoLayerDerivatives,
            wrong: [
                { p, x in
                    var r = try Reference.twoLayerDerivatives(parameters: p, x: x); r.swapAt(3, 4); return r
                },
                { p, x in
                    var r = try Reference.twoLayerDerivatives(parameters: p, x: x); r[4] = r[3]; return r
                },
            ],
            check: checkTwoLayer),
        Exercise(
            id: "7.2", title: "The last factor of each chain in eq. 7.12", source: "Problem 7.2",
            function: "chainFinalTerms",
            reader: chainFinalTerms,
            reference: Reference.chainFinalTerms,
            wrong: [
                { b, w, x in
                    var r = try Reference.chainFinalTerms(beta: b, omega: w, x: x); r[0] = -r[0]; return r
                },
                { b, w, x in try Reference.chainFinalTerms(beta: b, omega: w, x: x).reversed() },
            ],
            check: checkChainTerms),
        Exercise(
            id: "7.3", title: "Sizes of the terms of eq. 7.19", source: "Problem 7.3", function: "termSizes",
            reader: termSizes,
            reference: Reference.termSizes,
            wrong: [
                { try Reference.termSizes(d1: $0, d2: $1, d3: $2, df: $3).map { $0.reversed() } },
                { d1, d2, d3, df in [[d1, d1], [d1, d1], [d2, d2], [d2, d2], [d3, d3], [d3, d3], [df, 1]] },
            ],
            check: checkTermSizes),
        Exercise(
            id: "7.4", title: "Derivative of the least-squares loss", source: "Problem 7.4",
            function: "leastSquaresDerivative", reader: leastSquaresDerivative,
            reference: Reference.leastSquaresDerivative,
            wrong: [{ f, y in 2 * (y - f) }, { f, y in f - y }],
            check: { answer in try checkScalarRule(answer, "(y − f)²") { f, y in (y - f) * (y - f) } }),
        Exercise(
            id: "7.5", title: "Derivative of the binary cross-entropy", source: "Problem 7.5",
            function: "binaryCrossEntropyDerivative", reader: binaryCrossEntropyDerivative,
            reference: Reference.binaryCrossEntropyDerivative,
            wrong: [{ f, y in y - sigmoid(f) }, { f, _ in sigmoid(f) * (1 - sigmoid(f)) }],
            check: { answer in
                try checkScalarRule(answer, "eq. 7.36", ys: [0, 1]) { f, y in
                    -(1 - y) * log(1 - sigmoid(f)) - y * log(sigmoid(f))
                }
            }),
        Exercise(
            id: "7.6", title: "The Jacobian of an affine map", source: "Problem 7.6", function: "affineJacobian",
            reader: affineJacobian,
            reference: Reference.affineJacobian,
            wrong: [{ $0 }, { $0.transposed().map { $0 * 2 } }], check: checkAffineJacobian),
        Exercise(
            id: "7.7", title: "Derivative of the logistic sigmoid", source: "Problem 7.7",
            function: "sigmoidDerivative", reader: sigmoidDerivative,
            reference: Reference.sigmoidDerivative,
            wrong: [{ sigmoid($0) }, { sigmoid($0) * (1 + sigmoid($0)) }], check: checkSigmoidDerivative),
        Exercise(
            id: "7.8", title: "Why step functions cannot be trained", source: "Problem 7.8",
            function: "stepFunctionDerivatives", reader: stepFunctionDerivatives,
            reference: Reference.stepFunctionDerivatives,
            wrong: [{ _ in [1, 1] }, { z in [z >= 0 ? 1 : 0, (0...1).contains(z) ? 1 : 0] }],
            check: checkStepFunctions),
        Exercise(
            id: "7.9", title: "∂ℓ/∂Ω = ∂ℓ/∂f hᵀ", source: "Problem 7.9", function: "weightGradient",
            reader: weightGradient,
            reference: Reference.weightGradient,
            wrong: [
                { d, h in try Reference.weightGradient(dLdf: h, h: d) },
                { d, h in try Reference.weightGradient(dLdf: d, h: h.map { _ in 1 }) },
            ],
            check: checkWeightGradient),
        Exercise(
            id: "7.10", title: "Backpropagation with leaky ReLU", source: "Problem 7.10", function: "leakyReLUGradient",
            reader: leakyReLUGradient,
            reference: Reference.leakyReLUGradient,
            wrong: [
                { layers, _, x, y in try Reference.deepBackward(layers: layers, x: x, y: y) },
                { layers, alpha, x, y in try Reference.leakyReLUGradient(layers: layers, alpha: 1 / alpha, x: x, y: y)
                },
            ],
            check: checkLeakyReLU),
        Exercise(
            id: "7.11", title: "Gradient checkpointing", source: "Problem 7.11", function: "checkpointedGradient",
            reader: checkpointedGradient, reference: Reference.checkpointedGradient,
            wrong: [
                { layers, x, y, _ in (try Reference.deepBackward(layers: layers, x: x, y: y), 0) },
                { layers, x, y, every in
                    let r = try Reference.checkpointedGradient(layers: layers, x: x, y: y, every: every)
                    return (r.gradient.map { $0 / 2 }, r.recomputed)
                },
            ],
            check: checkCheckpointing),
    ]

    static let modeExercises: [Exercise] = [
        Exercise(
            id: "7.12", title: "Reverse-mode differentiation", source: "Problem 7.12",
            function: "reverseModeDerivatives", reader: reverseModeDerivatives,
            reference: Reference.reverseModeAnswer,
            wrong: [
                Reference.forwardModeAnswer,
                { x in
                    var r = Reference.reverseMode(x: x); r[4] = r[2] * 2 * exp(x); r[5] = r[4] * exp(x); return r
                },
            ],
            check: checkReverseMode),
        Exercise(
            id: "7.13", title: "Forward-mode differentiation", source: "Problem 7.13",
            function: "forwardModeDerivatives", reader: forwardModeDerivatives,
            reference: Reference.forwardModeAnswer,
            wrong: [
                Reference.reverseModeAnswer,
                { x in
                    var r = Reference.forwardMode(x: x); r[2] = r[1]; return r
                },
            ],
            check: checkForwardMode),
        Exercise(
            id: "7.14", title: "A ReLU halves the second moment", source: "Problem 7.14",
            function: "reluSecondMoment", reader: reluSecondMoment,
            reference: Reference.reluSecondMoment,
            wrong: [{ $0 * $0 }, { $0 / 2 }], check: checkReluSecondMoment),
        Exercise(
            id: "7.15", title: "Starting from all zeros", source: "Problem 7.15",
            function: "distinctHiddenUnitsAfterZeroInit",
            reader: distinctHiddenUnitsAfterZeroInit,
            reference: Reference.zeroInitAnswer,
            wrong: [{ _ in 40 }, { min($0, 40) }], check: checkZeroInit),
        Exercise(
            id: "7.16", title: "The training code of figure 7.8", source: "Problem 7.16",
            function: "figure78Losses", reader: figure78Losses, reference: Reference.figure78Losses,
            wrong: [{ try Reference.figure78Losses(epochs: $0).map { $0 / 10 } }, Reference.binaryLosses],
            check: { try checkTraining($0, binary: false) }),
        Exercise(
            id: "7.17", title: "Figure 7.8 as binary classification", source: "Problem 7.17",
            function: "binaryFigure78Losses", reader: binaryFigure78Losses,
            reference: Reference.binaryLosses,
            wrong: [Reference.figure78Losses, { try Reference.binaryLosses(epochs: $0).map { $0 * 10 } }],
            check: { try checkTraining($0, binary: true) }),
    ]

    static let notebookExercises: [Exercise] = [
        Exercise(
            id: "nb7.1.forward", title: "Toy model: forward pass", source: "Notebook 7.1", function: "toyForward",
            reader: toyForward, reference: Reference.toyForward,
            wrong: [
                { b, w, x, y in
                    var r = try Reference.toyForward(beta: b, omega: w, x: x, y: y); r[7] = r[6] - y; return r
                },
                { b, w, x, y in try Reference.toyForward(beta: b.reversed(), omega: w.reversed(), x: x, y: y) },
            ],
            check: checkToyForward),
        Exercise(
            id: "nb7.1.backward", title: "Toy model: derivatives of the intermediate values", source: "Notebook 7.1",
            function: "toyBackward", reader: toyBackward, reference: Reference.toyBackward,
            wrong: [
                { b, w, x, y in
                    var r = try Reference.toyBackward(beta: b, omega: w, x: x, y: y); r[2] = -r[2]; return r
                },
                { b, w, x, y in try Reference.toyBackward(beta: b, omega: w, x: x, y: y).map { $0 / 2 } },
            ],
            check: checkToyBackward),
        Exercise(
            id: "nb7.1.parameters", title: "Toy model: derivatives of the parameters", source: "Notebook 7.1",
            function: "toyParameterGradient", reader: toyParameterGradient,
            reference: Reference.toyParameterGradient,
            wrong: [
                { b, w, x, y in
                    var r = try Reference.toyParameterGradient(beta: b, omega: w, x: x, y: y); r.swapAt(2, 3); return r
                },
                { b, w, x, y in
                    var r = try Reference.toyParameterGradient(beta: b, omega: w, x: x, y: y); r[1] = r[0]; return r
                },
            ],
            check: checkToyParameters),
        Exercise(
            id: "nb7.2.forward", title: "Deep network: forward pass", source: "Notebook 7.2", function: "deepForward",
            reader: deepForward,
            reference: Reference.deepForward,
            wrong: [
                { layers, x in Network(layers: layers, activation: .linear)(x) },
                { layers, x in
                    Network(layers: layers.map { Layer(weights: $0.weights, biases: $0.biases.map { _ in 0 }) })(x)
                },
            ],
            check: checkDeepForward),
        Exercise(
            id: "nb7.2.backward", title: "Deep network: backward pass", source: "Notebook 7.2",
            function: "deepBackward",
            reader: deepBackward, reference: Reference.deepBackward,
            wrong: [
                { layers, x, y in try Reference.leakyReLUGradient(layers: layers, alpha: 1, x: x, y: y) },
                { try Reference.deepBackward(layers: $0, x: $1, y: $2).map { $0 / 2 } },
            ],
            check: checkDeepBackward),
        Exercise(
            id: "nb7.3.forward", title: "Initialization: forward spread", source: "Notebook 7.3",
            function: "forwardStds",
            reader: forwardStds, reference: Reference.forwardStds,
            wrong: [
                { try Reference.forwardStds(hiddenLayers: $0, width: $1, variance: $2).map { $0 * $0 } },
                { try Reference.forwardStds(hiddenLayers: $0, width: $1, variance: 2 * $2) },
            ],
            check: checkForwardStds),
        Exercise(
            id: "nb7.3.backward", title: "Initialization: backward spread", source: "Notebook 7.3",
            function: "backwardStds",
            reader: backwardStds, reference: Reference.backwardStds,
            wrong: [
                { try Reference.backwardStds(hiddenLayers: $0, width: $1, variance: $2).reversed() },
                { try Reference.backwardStds(hiddenLayers: $0, width: $1, variance: $2).map { $0 / 2 } },
            ],
            check: checkBackwardStds),
        Exercise(
            id: "nb7.3.he", title: "Initialization: the stable variance", source: "Notebook 7.3",
            function: "stableVariance",
            reader: stableVariance,
            reference: Reference.stableVariance,
            wrong: [{ 1 / Double($0) }, { 2 / Double($0 * $0) }], check: checkStableVariance),
    ]
}
