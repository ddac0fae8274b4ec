import Foundation
import Neural

/// Correct answers to the exercises, built on `ShallowNetwork`, `LinearRegions`
/// and the core `Network`. `swift run ch03 check --reference` runs the checks on these.
enum Reference {
    static func scalar(
        _ theta0: [Double], _ theta1: [Double], _ phi0: Double, _ phi: [Double],
        _ activation: Activation = .relu
    ) -> ShallowNetwork {
        ShallowNetwork(theta0: theta0, theta1: theta1, phi0: phi0, phi: phi, activation: activation)
    }

    /// a[z] = ψ_0 + ψ_1 z makes y = φ_0 + Σ φ_d (ψ_0 + ψ_1 θ_d0) + (ψ_1 Σ φ_d θ_d1) x.
    static func linearActivationLine(
        theta0: [Double], theta1: [Double], phi0: Double, phi: [Double],
        psi0: Double, psi1: Double
    ) throws -> [Double] {
        let c = phi.indices.reduce(phi0) { $0 + phi[$1] * (psi0 + psi1 * theta0[$1]) }
        let m = phi.indices.reduce(0.0) { $0 + psi1 * phi[$1] * theta1[$1] }
        return [c, m]
    }

    static func figure33ActiveUnits() throws -> [[Bool]] { ShallowNetworks.figure33.regions.map(\.active) }

    static func joints(theta0: [Double], theta1: [Double]) throws -> [Double] {
        scalar(theta0, theta1, 0, theta0.map { _ in 1 }).joints
    }

    static func regionSlopes(theta0: [Double], theta1: [Double], phi: [Double]) throws -> [Double] {
        scalar(theta0, theta1, 0, phi).regions.map(\.slope)
    }

    /// Homogeneous: the ReLU family and the identity; not the curved or step functions.
    static func positivelyHomogeneous(_ activations: [Activation]) throws -> [Bool] {
        activations.map { a in
            switch a {
            case .relu, .reluUnitSlopeAtZero, .leakyReLU, .parametricReLU, .linear: true
            default: false
            }
        }
    }

    /// For α > 0 nothing changes (problem 3.5); for α < 0 the unit's term φ_u ReLU[z]
    /// becomes −φ_u ReLU[−z], a change of −φ_u |z| with z = θ_u0 + θ_u1 x.
    static func rescalingChange(
        x: Double, theta0: [Double], theta1: [Double], phi0: Double, phi: [Double],
        unit: Int, alpha: Double
    ) throws -> Double {
        alpha > 0 ? 0 : -phi[unit] * abs(theta0[unit] + theta1[unit] * x)
    }

    /// Swap hidden units 1 and 2 and rescale unit 3 by α = 2 (problem 3.6).
    static func sameFunctionOtherParameters(_ p: [Double]) throws -> [Double] {
        [p[0], p[2], p[1], p[3] / 2, p[6], p[7], p[4], p[5], 2 * p[8], 2 * p[9]]
    }

    static func heavisideLevels(theta0: [Double], theta1: [Double], phi0: Double, phi: [Double]) throws -> [Double] {
        let net = scalar(theta0, theta1, phi0, phi, .heaviside)
        return net.with(.relu).regions.map { region in
            region.active.indices.reduce(phi0) { $0 + (region.active[$1] ? phi[$1] : 0) }
        }
    }

    static func rectSwitches(theta0: [Double], theta1: [Double]) throws -> [Double] {
        theta0.indices.flatMap { [-theta0[$0] / theta1[$0], (1 - theta0[$0]) / theta1[$0]] }.sorted()
    }

    /// Start from figure 3.3 and merge joints: φ_d = 0 removes unit d's joint.
    static func parametersWithRegions(_ regions: Int) throws -> [Double] {
        var p = ShallowNetworks.figure33.bookOrder
        for unit in 0..<(4 - regions) { p[1 + unit] = 0 }
        return p
    }

    static func figure36ParameterCount() throws -> Int { Network(sizes: [1, 4, 2]).parameterCount }
    static func figure37ParameterCount() throws -> Int { Network(sizes: [2, 3, 1]).parameterCount }

    static func figure38Patterns() throws -> [[Bool]] {
        Array(
            Set(
                LinearRegions.activationPatterns(
                    of: ShallowNetworks.figure38,
                    inputs: LinearRegions.squareGrid(halfWidth: 1, samples: 201))))
    }

    static func shallowNetwork(x: [Double], theta: [[Double]], phi: [[Double]]) throws -> [Double] {
        ShallowNetworks.makeNetwork(theta: theta, phi: phi)(x)
    }

    static func figure311MaximumRegions() throws -> Int {
        Int(LinearRegions.zaslavskyBound(hiddenUnits: 3, inputDimensions: 3))
    }

    static func parameterCount(inputs: Int, hidden: Int, outputs: Int) throws -> Int {
        Network(sizes: [inputs, hidden, outputs]).parameterCount
    }

    static func maximumRegions(inputs: Int, hidden: Int) throws -> Double {
        LinearRegions.zaslavskyBound(hiddenUnits: hidden, inputDimensions: inputs)
    }

    static func relu(_ z: Double) throws -> Double { Activation.relu.apply(z) }

    static func shallow113(
        x: Double, activation: (Double) -> Double, theta0: [Double], theta1: [Double],
        phi0: Double, phi: [Double]
    ) throws -> Double {
        phi.indices.reduce(phi0) { $0 + phi[$1] * activation(theta0[$1] + theta1[$1] * x) }
    }

    static func leastSquaresLoss(yTrain: [Double], yPredicted: [Double]) throws -> Double {
        LeastSquares().value(output: Matrix(row: yPredicted), target: Matrix(row: yTrain))
    }

    /// A least-squares fit found with Nelder–Mead from the notebook's start (loss ≈ 0.164).
    static func handTunedParameters() throws -> [Double] {
        [-3.1132, 3.5511, -1.4978, 14.1033, 0.7862, -0.9845, -0.7924, 2.2975, -0.004, 0.4226]
    }

    /// Moving unit 1's joint past unit 2's (to 0.6) removes the flat stretch.
    static func nonFlatTheta10() throws -> Double { 0.6 }

    static func shallow213(x1: Double, x2: Double, theta: [[Double]], phi: [Double]) throws -> Double {
        ShallowNetworks.makeNetwork(theta: theta, phi: [phi])([x1, x2])[0]
    }

    static func notebook32RegionCount() throws -> Int {
        let axis = (0..<100).map { Double($0) * 0.1 }
        let grid = Matrix(rows: 2, cols: 10_000) { i, k in i == 0 ? axis[k % 100] : axis[k / 100] }
        return LinearRegions.count(of: ShallowNetworks.notebook32, inputs: grid)
    }

    static func shallow223(x1: Double, x2: Double, theta: [[Double]], phi: [[Double]]) throws -> [Double] {
        ShallowNetworks.makeNetwork(theta: theta, phi: phi)([x1, x2])
    }

    static func numberParameters(inputs: Int, hidden: Int) throws -> Int {
        Network(sizes: [inputs, hidden, 1]).parameterCount
    }

    static func steepSigmoid(_ z: Double) throws -> Double { Neural.sigmoid(10 * z) }
    static func heaviside(_ z: Double) throws -> Double { Activation.heaviside.apply(z) }

    /// n = 5: gate 1 covers pairs (1,2) and (2,3), gate 2 pairs (3,4) and (4,5). n = 6 needs a
    /// third gate for the middle pair (3,4); two gates cannot do it (see the README).
    static func consecutiveOnesNetwork(bits: Int) throws -> ThresholdNetwork {
        switch bits {
        case 5:
            ThresholdNetwork(
                hiddenWeights: [[1, 2, 1, 0, 0], [0, 0, 1, 2, 1]], hiddenThresholds: [2.5, 2.5],
                outputWeights: [1, 1], outputThreshold: 0.5)
        default:
            ThresholdNetwork(
                hiddenWeights: [[1, 2, 1, 0, 0, 0], [0, 0, 1, 1, 0, 0], [0, 0, 0, 1, 2, 1]],
                hiddenThresholds: [2.5, 1.5, 2.5], outputWeights: [1, 1, 1], outputThreshold: 0.5)
        }
    }

    /// OR minus AND: h1 = [x1 + x2 ≥ 1], h2 = [x1 + x2 ≥ 2], y = [h1 − h2 ≥ 1].
    static func exclusiveOrNetwork() throws -> ThresholdNetwork {
        ThresholdNetwork(
            hiddenWeights: [[1, 1], [1, 1]], hiddenThresholds: [1, 2],
            outputWeights: [1, -1], outputThreshold: 1)
    }

    /// h_k = [x1 + x2 + x3 ≥ k] for k = 1, 2, 3; y = [h1 − h2 + h3 ≥ 1].
    static func parityNetwork() throws -> ThresholdNetwork {
        ThresholdNetwork(
            hiddenWeights: [[1, 1, 1], [1, 1, 1], [1, 1, 1]], hiddenThresholds: [1, 2, 3],
            outputWeights: [1, -1, 1], outputThreshold: 1)
    }
}
