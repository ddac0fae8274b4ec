import Companion
import Neural

extension DeepNetworks {

    static let exercises: [Exercise] = [
        Exercise(
            id: "4.1", title: "Where the composition of figure 4.8 bends", source: "Problem 4.1",
            function: "problem41Joints", reader: problem41Joints,
            reference: Reference.problem41Joints,
            wrong: [{ [-0.5, 0.5] }, { Array(try Reference.problem41Joints().dropLast()) }], check: checkProblem41),
        Exercise(
            id: "4.2", title: "The hyperparameters of figure 4.6", source: "Problem 4.2",
            function: "figure46Hyperparameters", reader: figure46Hyperparameters,
            reference: Reference.figure46Hyperparameters,
            wrong: [{ [3, 4, 2, 3, 2] }, { [3, 3, 4, 2] }], check: checkHyperparameters),
        Exercise(
            id: "4.3", title: "Rescaling weights through ReLUs (eq. 4.18)", source: "Problem 4.3",
            function: "rescaledNetwork", reader: rescaledNetwork,
            reference: Reference.rescaledNetwork,
            wrong: [
                { x, b0, o0, b1, o1, l0, l1 in
                    try Reference.rescaledNetwork(
                        x: x, beta0: b0, omega0: o0, beta1: b1, omega1: o1, lambda0: l0, lambda1: l1 * l0)
                },
                { x, b0, o0, b1, o1, l0, l1 in
                    try Reference.rescaledNetwork(
                        x: x, beta0: b0, omega0: o0, beta1: b1, omega1: o1, lambda0: l0, lambda1: l1
                    ).map { $0 / l1 }
                },
            ],
            check: checkRescaling),
        Exercise(
            id: "4.4", title: "Sizes of every Ω_k and β_k", source: "Problem 4.4",
            function: "networkShapes", reader: networkShapes, reference: Reference.networkShapes,
            wrong: [
                { try Reference.networkShapes(inputs: $0, hidden: $1, outputs: $2).map { [$0[1], $0[0], $0[2]] } },
                { try Reference.networkShapes(inputs: $0, hidden: $1, outputs: $2).map { [$0[0], $0[1], $0[1]] } },
            ],
            check: checkShapes),
        Exercise(
            id: "4.5", title: "Depth and width", source: "Problem 4.5",
            function: "problem45DepthAndWidth", reader: problem45DepthAndWidth,
            reference: Reference.problem45DepthAndWidth, wrong: [{ [21, 30] }, { [20, 600] }],
            check: { answer in
                try expectEqual(try answer(), [20, 30], "[depth, width] for K = 20 layers of D = 30 units")
            }),
        Exercise(
            id: "4.6", title: "One more layer or one more unit per layer?", source: "Problem 4.6",
            function: "problem46Growth", reader: problem46Growth,
            reference: Reference.problem46Growth,
            wrong: [{ [110, 201] }, { [191, 100] }], check: checkGrowth),
        Exercise(
            id: "4.7", title: "A shallow network that is the identity on [a, b]", source: "Problem 4.7",
            function: "identityNetwork", reader: identityNetwork,
            reference: Reference.identityNetwork,
            wrong: [
                { a, _ in ShallowNetwork(theta0: [-a, 0, 0], theta1: [1, 0, 0], phi0: 0, phi: [1, 0, 0]) },
                { a, b in ShallowNetwork(theta0: [b, 0, 0], theta1: [-1, 0, 0], phi0: b, phi: [1, 0, 0]) },
            ],
            check: checkIdentity),
        Exercise(
            id: "4.8a", title: "Four regions oscillating between 0 and 1", source: "Problem 4.8",
            function: "oscillatorPhi", reader: oscillatorPhi, reference: Reference.oscillatorPhi,
            wrong: [{ [4, -12, 9, 6] }, { [0, 6, -12, 9] }], check: checkOscillator),
        Exercise(
            id: "4.8b", title: "Regions of the oscillator composed with itself", source: "Problem 4.8",
            function: "oscillatorRegions", reader: oscillatorRegions,
            reference: Reference.oscillatorRegions,
            wrong: [{ 4 * $0 }, { 3 * $0 + 1 }], check: checkOscillatorRegions),
        Exercise(
            id: "4.9a", title: "Three oscillating regions from two units?", source: "Problem 4.9",
            function: "threeRegionOscillatorPossible", reader: threeRegionOscillatorPossible,
            reference: Reference.threeRegionOscillatorPossible, wrong: [{ true }],
            check: { answer in
                try expectEqual(
                    try answer(), false,
                    "two units give slopes to the three regions that cannot alternate in sign (try every way the units can face)"
                )
            }),
        Exercise(
            id: "4.9b", title: "Five oscillating regions from four units", source: "Problem 4.9",
            function: "fiveRegionOscillator", reader: fiveRegionOscillator,
            reference: Reference.fiveRegionOscillator,
            wrong: [
                {
                    ShallowNetwork(
                        theta0: [-0.2, -0.4, -0.6, -0.8], theta1: [1, 1, 1, 1], phi0: 0, phi: [5, -10, 10, -10])
                },
                {
                    ShallowNetwork(
                        theta0: [-1.0 / 6, -2.0 / 6, 4.0 / 6, 5], theta1: [1, 1, -1, 0], phi0: 4, phi: [-12, 9, -6, 0])
                },
            ],
            check: checkFiveRegions),
        Exercise(
            id: "4.10", title: "Parameters of a deep network", source: "Problem 4.10",
            function: "deepParameterCount", reader: deepParameterCount,
            reference: Reference.deepParameterCount,
            wrong: [
                { layers, units in 3 * units + 1 + (layers - 1) * units * units },
                { layers, units in 3 * units + layers * units * (units + 1) },
            ],
            check: checkParameterCount),
        Exercise(
            id: "4.11", title: "Shallow (D = 95) against deep (K = 10, D = 5)", source: "Problem 4.11",
            function: "shallowVersusDeep", reader: shallowVersusDeep,
            reference: Reference.shallowVersusDeep,
            wrong: [{ [286, 286, 96, 50] }, { [286, 271, 96, 60_466_176] }], check: checkShallowVersusDeep),
        Exercise(
            id: "nb4.1.compose", title: "Feeding one network into another", source: "Notebook 4.1",
            function: "composeShallow", reader: composeShallow,
            reference: Reference.composeShallow,
            wrong: [
                { x, first, second in try Reference.composeShallow(x: x, first: second, second: first) },
                { x, first, _ in x.map { first($0) } },
            ],
            check: checkComposition),
        Exercise(
            id: "nb4.1.regions", title: "Regions of net2(net1(…net1(x)))", source: "Notebook 4.1",
            function: "notebookChainRegions", reader: notebookChainRegions,
            reference: Reference.notebookChainRegions,
            wrong: [{ 4 * $0 }, { try Reference.oscillatorRegions(copies: $0 + 1) }],
            check: checkChainRegions),
        Exercise(
            id: "nb4.2.network", title: "The two-hidden-layer network of eqs. 4.7–4.9", source: "Notebook 4.2",
            function: "twoLayerOutput", reader: twoLayerOutput,
            reference: Reference.twoLayerOutput,
            wrong: [
                { x, theta, psi, phi in
                    try Reference.twoLayerOutput(x: x, theta: theta, psi: psi.map { [0] + $0.dropFirst() }, phi: phi)
                },
                { x, theta, psi, phi in
                    try Reference.twoLayerOutput(x: x, theta: theta.map { [$0[1], $0[0]] }, psi: psi, phi: phi)
                },
            ],
            check: checkTwoLayer),
        Exercise(
            id: "nb4.3.shallow", title: "A shallow network in matrix form", source: "Notebook 4.3",
            function: "shallowAsMatrices", reader: shallowAsMatrices,
            reference: Reference.shallowAsMatrices,
            wrong: [
                { p in
                    let r = try Reference.shallowAsMatrices(p); return (r.biases, r.weights.map { $0.transposed() })
                },
                { p in
                    let r = try Reference.shallowAsMatrices(p); return (r.biases.reversed(), r.weights)
                },
            ],
            check: checkShallowMatrices),
        Exercise(
            id: "nb4.3.composition", title: "Two composed networks as one deep network", source: "Notebook 4.3",
            function: "compositionAsMatrices", reader: compositionAsMatrices,
            reference: Reference.compositionAsMatrices,
            wrong: [
                { try Reference.compositionAsMatrices(first: $1, second: $0) },
                { first, second in
                    var r = try Reference.compositionAsMatrices(first: first, second: second)
                    r.biases[1] = second.theta0
                    return r
                },
            ],
            check: checkCompositionMatrices),
        Exercise(
            id: "nb4.3.shapes", title: "A random 4-5-2-4-1 network", source: "Notebook 4.3",
            function: "randomNetworkParameters", reader: randomNetworkParameters,
            reference: Reference.randomNetworkParameters,
            wrong: [
                { seed in
                    let r = try Reference.randomNetworkParameters(seed: seed);
                    return (r.biases, r.weights.map { $0.transposed() })
                },
                { seed in
                    var random = NumPyRandomState(seed: seed)
                    let sizes = [4, 5, 2, 4, 1]
                    let weights = zip(sizes, sizes.dropFirst()).map {
                        Matrix(rows: $1, cols: $0, data: (0..<($0 * $1)).map { _ in random.standardNormal() })
                    }
                    return (sizes.dropFirst().map { n in (0..<n).map { _ in random.standardNormal() } }, weights)
                },
            ],
            check: checkRandomNetwork),
        Exercise(
            id: "medl5.interp", title: "Exact interpolation with a shallow ReLU network",
            source: "Mathematical Engineering of DL §5.2, figure 5.2",
            function: "interpolationNetwork", reader: interpolationNetwork,
            reference: Reference.interpolationNetwork,
            wrong: [
                { u, v in
                    let p = try Reference.interpolationNetwork(u: u, v: v)
                    return ShallowNetwork(theta0: p.theta0, theta1: p.theta1, phi0: 0, phi: p.phi)
                },
                { u, v in
                    let slopes = segmentSlopes(u: u, v: v)
                    return ShallowNetwork(
                        theta0: u.dropLast().map { -$0 }, theta1: slopes.map { _ in 1 }, phi0: v[0], phi: slopes)
                },
            ],
            check: checkInterpolation),
        Exercise(
            id: "medl5.gate", title: "The multiplication gate", source: "Mathematical Engineering of DL §5.2, eq. 5.13",
            function: "multiplicationGate", reader: multiplicationGate,
            reference: Reference.multiplicationGate,
            wrong: [
                { gateNetwork(lambda: $0, secondDerivativeAtZero: 1) },
                { gateNetwork(lambda: $0, secondDerivativeAtZero: 0.5) },
            ],
            check: checkGate),
        Exercise(
            id: "medl5.counts", title: "Counting the parameters of a fully connected network",
            source: "Mathematical Engineering of DL §5.1",
            function: "parameterCount", reader: parameterCount,
            reference: Reference.parameterCount,
            wrong: [
                { sizes in zip(sizes, sizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 } },
                { sizes in zip(sizes, sizes.dropFirst()).reduce(0) { $0 + ($1.0 + 1) * $1.1 } + 1 },
            ],
            check: checkCounts),
    ]
}
