import Companion
import Foundation
import Neural

extension ShallowNetworks {

    static let exercises: [Exercise] = bookExercises + notebookExercises + mmdsExercises

    static let bookExercises: [Exercise] = [
        Exercise(
            id: "3.1", title: "A linear activation makes a line", source: "Problem 3.1",
            function: "linearActivationLine", reader: linearActivationLine,
            reference: Reference.linearActivationLine,
            wrong: [
                { t0, t1, p0, p, _, psi1 in [p0, psi1 * zip(p, t1).reduce(0) { $0 + $1.0 * $1.1 }] },
                { t0, t1, p0, p, psi0, _ in
                    try Reference.linearActivationLine(theta0: t0, theta1: t1, phi0: p0, phi: p, psi0: psi0, psi1: 1)
                },
            ],
            check: checkLinearActivation),
        Exercise(
            id: "3.2", title: "Active units in the regions of figure 3.3j", source: "Problem 3.2",
            function: "figure33ActiveUnits", reader: figure33ActiveUnits,
            reference: Reference.figure33ActiveUnits,
            wrong: [
                { try Reference.figure33ActiveUnits().reversed() },
                { try Reference.figure33ActiveUnits().map { $0.map { !$0 } } },
            ],
            check: checkFigure33Patterns),
        Exercise(
            id: "3.3a", title: "Where the joints are", source: "Problem 3.3",
            function: "joints", reader: joints, reference: Reference.joints,
            wrong: [{ t0, t1 in zip(t0, t1).map { $0 / $1 } }, { t0, t1 in zip(t0, t1).map { -$1 / $0 } }],
            check: checkJoints),
        Exercise(
            id: "3.3b", title: "The slopes of the linear regions", source: "Problem 3.3",
            function: "regionSlopes", reader: regionSlopes, reference: Reference.regionSlopes,
            wrong: [
                { try Reference.regionSlopes(theta0: $0, theta1: $1, phi: $2).reversed() },
                { t0, t1, p in Array(repeating: zip(t1, p).reduce(0) { $0 + $1.0 * $1.1 }, count: p.count + 1) },
            ],
            check: checkSlopes),
        Exercise(
            id: "3.5", title: "Which activations are non-negatively homogeneous?", source: "Problem 3.5",
            function: "positivelyHomogeneous", reader: positivelyHomogeneous,
            reference: Reference.positivelyHomogeneous,
            wrong: [{ $0.map { _ in true } }, { $0.map { $0 == .relu } }],
            check: checkHomogeneity),
        Exercise(
            id: "3.6", title: "Rescaling a hidden unit by α > 0 and α < 0", source: "Problem 3.6",
            function: "rescalingChange", reader: rescalingChange,
            reference: Reference.rescalingChange,
            wrong: [
                { _, _, _, _, _, _, _ in 0 },
                { x, t0, t1, p0, p, u, a in
                    -(try Reference.rescalingChange(x: x, theta0: t0, theta1: t1, phi0: p0, phi: p, unit: u, alpha: a))
                },
            ],
            check: checkRescaling),
        Exercise(
            id: "3.7", title: "Two parameter sets, one function", source: "Problem 3.7",
            function: "sameFunctionOtherParameters", reader: sameFunctionOtherParameters,
            reference: Reference.sameFunctionOtherParameters,
            wrong: [{ $0 }, { [$0[0] + 0.1] + $0.dropFirst() }],
            check: checkNonUnique),
        Exercise(
            id: "3.8a", title: "Heaviside units: a staircase", source: "Problem 3.8",
            function: "heavisideLevels", reader: heavisideLevels,
            reference: Reference.heavisideLevels,
            wrong: [
                { try Reference.heavisideLevels(theta0: $0, theta1: $1, phi0: 0, phi: $3) },
                { t0, t1, p0, p in
                    ShallowNetwork(theta0: t0, theta1: t1, phi0: p0, phi: p).regions.map { r in
                        r.active.indices.reduce(p0) { $0 + (r.active[$1] ? 0 : p[$1]) }
                    }
                },
            ],
            check: checkHeaviside),
        Exercise(
            id: "3.8b", title: "Rect units: where they switch", source: "Problem 3.8",
            function: "rectSwitches", reader: rectSwitches, reference: Reference.rectSwitches,
            wrong: [
                { try Reference.joints(theta0: $0, theta1: $1).sorted() },
                { t0, t1 in t0.indices.flatMap { [-t0[$0] / t1[$0], (1 + t0[$0]) / t1[$0]] }.sorted() },
            ],
            check: checkRect),
        Exercise(
            id: "3.10", title: "Fewer than four linear regions", source: "Problem 3.10",
            function: "parametersWithRegions", reader: parametersWithRegions,
            reference: Reference.parametersWithRegions,
            wrong: [{ _ in figure33.bookOrder }, { _ in [0.5] + figure33.bookOrder.dropFirst() }],
            check: checkFewerRegions),
        Exercise(
            id: "3.11", title: "Parameters of figure 3.6", source: "Problem 3.11",
            function: "figure36ParameterCount", reader: figure36ParameterCount,
            reference: Reference.figure36ParameterCount, wrong: [{ 12 }, { 14 }],
            check: { try expectEqual(try $0(), 18, "parameters of the 1-4-2 network of figure 3.6") }),
        Exercise(
            id: "3.12", title: "Parameters of figure 3.7", source: "Problem 3.12",
            function: "figure37ParameterCount", reader: figure37ParameterCount,
            reference: Reference.figure37ParameterCount, wrong: [{ 9 }, { 10 }],
            check: { try expectEqual(try $0(), 13, "parameters of the 2-3-1 network of figure 3.7") }),
        Exercise(
            id: "3.13", title: "The seven activation patterns of figure 3.8", source: "Problem 3.13",
            function: "figure38Patterns", reader: figure38Patterns,
            reference: Reference.figure38Patterns,
            wrong: [
                { (0..<8).map { k in (0..<3).map { k >> $0 & 1 == 1 } } },
                { Array(try Reference.figure38Patterns().dropLast()) },
            ],
            check: checkFigure38Patterns),
        Exercise(
            id: "3.14", title: "Equations of the network of figure 3.11", source: "Problem 3.14",
            function: "shallowNetwork", reader: shallowNetwork,
            reference: Reference.shallowNetwork,
            wrong: [
                { x, t, p in try Reference.shallowNetwork(x: x, theta: t, phi: p.map { [0] + $0.dropFirst() }) },
                { x, t, p in ShallowNetworks.makeNetwork(theta: t, phi: p, activation: .linear)(x) },
            ],
            check: { try checkGeneralNetwork($0, sizes: [3, 3, 2], seed: 314) }),
        Exercise(
            id: "3.15", title: "Most regions of figure 3.11's network", source: "Problem 3.15",
            function: "figure311MaximumRegions", reader: figure311MaximumRegions,
            reference: Reference.figure311MaximumRegions, wrong: [{ 7 }, { 4 }],
            check: { try expectEqual(try $0(), 8, "most regions of three planes in 3-D (2³ octants)") }),
        Exercise(
            id: "3.16", title: "A network with two inputs, four hidden units, three outputs", source: "Problem 3.16",
            function: "shallowNetwork", reader: shallowNetwork,
            reference: Reference.shallowNetwork,
            wrong: [{ x, t, p in Array(try Reference.shallowNetwork(x: x, theta: t, phi: p).reversed()) }],
            check: { try checkGeneralNetwork($0, sizes: [2, 4, 3], seed: 316) }),
        Exercise(
            id: "3.17", title: "Parameters of a general shallow network", source: "Problem 3.17",
            function: "parameterCount", reader: parameterCount,
            reference: Reference.parameterCount,
            wrong: [{ i, d, o in i * d + d * o }, { i, d, o in (i + 1) * d + d * o }],
            check: checkParameterCount),
        Exercise(
            id: "3.18", title: "Most regions with two inputs", source: "Problem 3.18",
            function: "maximumRegions", reader: maximumRegions,
            reference: Reference.maximumRegions,
            wrong: [{ _, d in Double(d + 1) }, { i, d in pow(2, Double(min(i, d))) }],
            check: checkMaximumRegions),
    ]
}
