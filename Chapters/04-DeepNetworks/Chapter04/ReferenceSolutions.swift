import Neural

/// Correct answers to the exercises, built on the Neural core where it helps.
/// `swift run ch04 check --reference` runs the checks on these.
enum Reference {
    /// The first network's own joints, plus every x where its output crosses one of the
    /// second network's joints: y′ = g(f(x)) bends exactly there.
    static func problem41Joints() throws -> [Double] {
        let (fx, fy) = ([-1.0, -0.5, 0.5, 1.0], [-1.0, 1.0, -1.0, 0.2])
        let secondJoints = [0.0, 0.5]
        var joints = Array(fx.dropFirst().dropLast())
        for k in 0..<(fx.count - 1) {
            for level in secondJoints where (fy[k] - level) * (fy[k + 1] - level) < 0 {
                joints.append(fx[k] + (level - fy[k]) / (fy[k + 1] - fy[k]) * (fx[k + 1] - fx[k]))
            }
        }
        return joints.sorted()
    }

    static func figure46Hyperparameters() throws -> [Int] { [3, 4, 2, 3] }

    static func rescaledNetwork(
        x: [Double], beta0: [Double], omega0: Matrix, beta1: [Double], omega1: Matrix,
        lambda0: Double, lambda1: Double
    ) throws -> [Double] {
        let relu = { (v: [Double]) in v.map { max(0, $0) } }
        let inner = relu(zip(beta0, omega0 * x).map { $0 / lambda0 + $1 })
        let outer = relu(zip(beta1, omega1 * inner).map { $0 / (lambda0 * lambda1) + $1 })
        return outer.map { lambda0 * lambda1 * $0 }
    }

    static func networkShapes(inputs: Int, hidden: [Int], outputs: Int) throws -> [[Int]] {
        Network(sizes: [inputs] + hidden + [outputs]).layers.map {
            [$0.weights.rows, $0.weights.cols, $0.biases.count]
        }
    }

    static func problem45DepthAndWidth() throws -> [Int] { [20, 30] }

    /// Weights only, as the problem asks: D² = 100 for a layer, 2 + 9·(2D + 1) = 191 for a unit per layer.
    static func problem46Growth() throws -> [Int] {
        let weights = { (layers: Int, units: Int) in
            Network(sizes: [1] + Array(repeating: units, count: layers) + [1]).layers
                .reduce(0) { $0 + $1.weights.rows * $1.weights.cols }
        }
        return [weights(11, 10) - weights(10, 10), weights(10, 11) - weights(10, 10)]
    }

    /// One unit switched on at x = a reproduces x − a there; the offset adds a back.
    static func identityNetwork(a: Double, b: Double) throws -> ShallowNetwork {
        ShallowNetwork(theta0: [-a, 0, 0], theta1: [1, 0, 0], phi0: a, phi: [1, 0, 0])
    }

    /// Slopes +6, −6, +3, −3 on the four regions; h3 alone is active on the first.
    static func oscillatorPhi() throws -> [Double] { [4, -12, 9, -6] }

    /// Each region maps [0, 1] onto all of [0, 1], so each copy multiplies the count by 4.
    static func oscillatorRegions(copies: Int) throws -> Int {
        (0..<copies).reduce(1) { product, _ in product * 4 }
    }

    static func threeRegionOscillatorPossible() throws -> Bool { false }

    /// Regions of widths 1/8, 1/8, 1/4, 1/4, 1/4 with slopes 8, −8, 4, −4, 4. The unit at
    /// x = 1/2 faces left, which supplies the first region's slope: 8 = 4 − (−4).
    static func fiveRegionOscillator() throws -> ShallowNetwork {
        ShallowNetwork(
            theta0: [-1.0 / 8, -2.0 / 8, 4.0 / 8, -6.0 / 8], theta1: [1, 1, -1, 1],
            phi0: 4, phi: [-16, 12, -8, 8])
    }

    static func deepParameterCount(layers: Int, units: Int) throws -> Int {
        3 * units + 1 + (layers - 1) * units * (units + 1)
    }

    static func shallowVersusDeep() throws -> [Double] {
        [
            Double(DeepRegionBound.parameterCount(inputDimensions: 1, hiddenUnits: 95, layers: 1)),
            Double(DeepRegionBound.parameterCount(inputDimensions: 1, hiddenUnits: 5, layers: 10)),
            DeepRegionBound.maximumRegions(inputDimensions: 1, hiddenUnits: 95, layers: 1),
            DeepRegionBound.maximumRegions(inputDimensions: 1, hiddenUnits: 5, layers: 10),
        ]
    }

    static func composeShallow(x: [Double], first: ShallowNetwork, second: ShallowNetwork) throws -> [Double] {
        x.map { second(first($0)) }
    }

    static func notebookChainRegions(copies: Int) throws -> Int {
        let chain = compose(
            selfComposition(DeepNetworks.notebookFirst.network, copies: copies),
            DeepNetworks.notebookSecond.network)
        return DeepNetworks.pieces(of: chain, on: -1...1)
    }

    static func twoLayerOutput(x: [Double], theta: [[Double]], psi: [[Double]], phi: [Double]) throws -> [Double] {
        DeepNetworks.twoLayerNetwork(theta: theta, psi: psi, phi: phi)(Matrix(row: x)).data
    }

    static func shallowAsMatrices(_ network: ShallowNetwork) throws -> MatrixParameters {
        let layers = network.network.layers
        return (layers.map(\.biases), layers.map(\.weights))
    }

    static func compositionAsMatrices(first: ShallowNetwork, second: ShallowNetwork) throws -> MatrixParameters {
        let layers = compose(first.network, second.network).layers
        return (layers.map(\.biases), layers.map(\.weights))
    }

    static func randomNetworkParameters(seed: UInt32) throws -> MatrixParameters {
        var random = NumPyRandomState(seed: seed)
        let sizes = [4, 5, 2, 4, 1]
        var result: MatrixParameters = ([], [])
        for (inputs, outputs) in zip(sizes, sizes.dropFirst()) {
            result.biases.append((0..<outputs).map { _ in random.standardNormal() })
            result.weights.append(
                Matrix(rows: outputs, cols: inputs, data: (0..<(outputs * inputs)).map { _ in random.standardNormal() })
            )
        }
        return result
    }

    static func interpolationNetwork(u: [Double], v: [Double]) throws -> ShallowNetwork {
        let slopes = DeepNetworks.segmentSlopes(u: u, v: v)
        let weights = zip(slopes, [0] + slopes.dropLast()).map { $0 - $1 }
        return ShallowNetwork(
            theta0: u.dropLast().map { -$0 }, theta1: Array(repeating: 1, count: u.count - 1),
            phi0: v[0], phi: weights)
    }

    /// SoftPlus has σ″(0) = 1/4, so μ = 1/λ².
    static func multiplicationGate(lambda: Double) throws -> Network {
        DeepNetworks.gateNetwork(lambda: lambda, secondDerivativeAtZero: 0.25)
    }

    static func parameterCount(sizes: [Int]) throws -> Int { Network(sizes: sizes).parameterCount }
}
