import Companion
import Foundation
import Neural

extension ShallowNetworks {
    static let notebookExercises: [Exercise] = [
        Exercise(
            id: "nb3.1.relu", title: "The ReLU function", source: "Notebook 3.1",
            function: "relu", reader: relu, reference: Reference.relu,
            wrong: [{ abs($0) }, { max($0, 0.01 * $0) }],
            check: { answer in
                for z in [-5.0, -1.2, -0.01, 0, 0.3, 4.9] {
                    try expectClose(try answer(z), z > 0 ? z : 0, tolerance: 1e-12, "ReLU[\(z)] (eq. 3.2)")
                }
            }),
        Exercise(
            id: "nb3.1.network", title: "The network shallow_1_1_3", source: "Notebook 3.1",
            function: "shallow113", reader: shallow113, reference: Reference.shallow113,
            wrong: [
                { x, a, t0, t1, _, p in
                    try Reference.shallow113(x: x, activation: a, theta0: t0, theta1: t1, phi0: 0, phi: p)
                },
                { x, _, t0, t1, p0, p in
                    try Reference.shallow113(x: x, activation: { $0 }, theta0: t0, theta1: t1, phi0: p0, phi: p)
                },
            ],
            check: checkShallow113),
        Exercise(
            id: "nb3.1.loss", title: "The least-squares loss", source: "Notebook 3.1",
            function: "leastSquaresLoss", reader: leastSquaresLoss,
            reference: Reference.leastSquaresLoss,
            wrong: [
                { try Reference.leastSquaresLoss(yTrain: $0, yPredicted: $1) / Double($0.count) },
                { t, p in zip(t, p).reduce(0) { $0 + abs($1.0 - $1.1) } },
            ],
            check: checkNotebookLoss),
        Exercise(
            id: "nb3.1.fit", title: "Fitting the network by hand", source: "Notebook 3.1",
            function: "handTunedParameters", reader: handTunedParameters,
            reference: Reference.handTunedParameters,
            wrong: [{ notebook31.bookOrder }, { [0.15] + notebook31.bookOrder.dropFirst() }],
            check: checkHandTuned),
        Exercise(
            id: "nb3.1.slopes", title: "No flat segment (change 6)", source: "Notebook 3.1",
            function: "nonFlatTheta10", reader: nonFlatTheta10, reference: Reference.nonFlatTheta10,
            wrong: [{ 0.3 }, { 1.5 }],
            check: checkNonFlat),
        Exercise(
            id: "nb3.2.network", title: "The network shallow_2_1_3", source: "Notebook 3.2",
            function: "shallow213", reader: shallow213, reference: Reference.shallow213,
            wrong: [
                { x1, x2, t, p in try Reference.shallow213(x1: x2, x2: x1, theta: t, phi: p) },
                { x1, x2, t, p in try Reference.shallow213(x1: x1, x2: x2, theta: t, phi: [0] + p.dropFirst()) - 0.5 },
            ],
            check: checkShallow213),
        Exercise(
            id: "nb3.2.regions", title: "Counting the linear regions of notebook 3.2", source: "Notebook 3.2",
            function: "notebook32RegionCount", reader: notebook32RegionCount,
            reference: Reference.notebook32RegionCount, wrong: [{ 8 }, { 4 }],
            check: checkNotebook32Regions),
        Exercise(
            id: "nb3.2.outputs", title: "Two outputs: shallow_2_2_3", source: "Notebook 3.2",
            function: "shallow223", reader: shallow223, reference: Reference.shallow223,
            wrong: [
                { x1, x2, t, p in
                    Array(repeating: try Reference.shallow213(x1: x1, x2: x2, theta: t, phi: p[0]), count: 2)
                }
            ],
            check: checkShallow223),
        Exercise(
            id: "nb3.3.regions", title: "number_regions", source: "Notebook 3.3",
            function: "maximumRegions", reader: maximumRegions,
            reference: Reference.maximumRegions,
            wrong: [{ i, d in pow(2, Double(d)) }, { i, d in Double((0...i).reduce(0) { $0 + $1 }) + Double(d) }],
            check: checkNotebookRegions),
        Exercise(
            id: "nb3.3.parameters", title: "number_parameters", source: "Notebook 3.3",
            function: "numberParameters", reader: numberParameters,
            reference: Reference.numberParameters,
            wrong: [{ i, d in i * d + d + 1 + i }, { i, d in i * d + d }],
            check: checkNotebookParameters),
        Exercise(
            id: "nb3.4.sigmoid", title: "The steep sigmoid", source: "Notebook 3.4",
            function: "steepSigmoid", reader: steepSigmoid, reference: Reference.steepSigmoid,
            wrong: [{ Neural.sigmoid($0) }, { 1 / (1 + exp(10 * $0)) }],
            check: checkSteepSigmoid),
        Exercise(
            id: "nb3.4.heaviside", title: "The Heaviside step", source: "Notebook 3.4",
            function: "heaviside", reader: heaviside, reference: Reference.heaviside,
            wrong: [{ $0 > 0 ? 1 : 0 }, { $0 >= 0 ? 1 : -1 }],
            check: { answer in
                for z in [-2.0, -0.5, -1e-9, 0, 1e-9, 0.7] {
                    try expectEqual(try answer(z), z >= 0 ? 1 : 0, "heaviside[\(z)] (1 for z ≥ 0)")
                }
            }),
        Exercise(
            id: "nb3.4.linear", title: "What a linear activation does", source: "Notebook 3.4",
            function: "linearActivationLine", reader: linearActivationLine,
            reference: Reference.linearActivationLine,
            wrong: [
                { t0, t1, p0, p, psi0, psi1 in
                    try Reference.linearActivationLine(theta0: t0, theta1: t1, phi0: p0, phi: p, psi0: 0, psi1: psi1)
                }
            ],
            check: checkNotebookLinear),
    ]

    static let mmdsExercises: [Exercise] = [
        Exercise(
            id: "mmds13.1.2", title: "Two consecutive 1s in 5 and 6 bits, fewest gates",
            source: "Mining of Massive Datasets, Ex. 13.1.2",
            function: "consecutiveOnesNetwork", reader: consecutiveOnesNetwork,
            reference: Reference.consecutiveOnesNetwork,
            wrong: [
                { n in
                    ThresholdNetwork(
                        hiddenWeights: ThresholdNetwork.consecutiveOnes.hiddenWeights.map {
                            $0 + Array(repeating: 0, count: n - 4)
                        },
                        hiddenThresholds: [2.5, 1.5], outputWeights: [1, 1], outputThreshold: 0.5)
                },
                { n in
                    ThresholdNetwork(
                        hiddenWeights: (0..<(n - 1)).map { i in (0..<n).map { $0 == i || $0 == i + 1 ? 1 : 0 } },
                        hiddenThresholds: Array(repeating: 1.5, count: n - 1),
                        outputWeights: Array(repeating: 1, count: n - 1), outputThreshold: 0.5)
                },
            ],
            check: checkConsecutiveOnes),
        Exercise(
            id: "mmds13.1.3", title: "Exclusive-or from threshold units",
            source: "Mining of Massive Datasets, Ex. 13.1.3",
            function: "exclusiveOrNetwork", reader: exclusiveOrNetwork,
            reference: Reference.exclusiveOrNetwork,
            wrong: [
                {
                    ThresholdNetwork(
                        hiddenWeights: [[1, 1]], hiddenThresholds: [1], outputWeights: [1], outputThreshold: 1)
                }
            ],
            check: { try checkTruthTable($0(), inputs: 2, "exclusive-or") { $0[0] != $0[1] } }),
        Exercise(
            id: "mmds13.1.5", title: "Exclusive-or of three bits", source: "Mining of Massive Datasets, Ex. 13.1.5",
            function: "parityNetwork", reader: parityNetwork, reference: Reference.parityNetwork,
            wrong: [
                {
                    ThresholdNetwork(
                        hiddenWeights: [[1, 1, 1]], hiddenThresholds: [2], outputWeights: [1], outputThreshold: 1)
                }
            ],
            check: { try checkTruthTable($0(), inputs: 3, "odd parity") { $0.reduce(0, +) % 2 == 1 } }),
    ]
}
