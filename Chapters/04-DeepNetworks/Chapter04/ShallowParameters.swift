import Neural

/// The ten parameters of a shallow network with one input, three hidden units and
/// one output (equations 4.1–4.2, the same form as equation 3.1):
/// `y = φ0 + Σ_k φk·a[θk0 + θk1·x]`. Any number of hidden units is allowed.
public struct ShallowParameters: Sendable, Equatable {
    /// θk0, one offset per hidden unit.
    public var theta0: [Double]
    /// θk1, one slope per hidden unit.
    public var theta1: [Double]
    /// [φ0, φ1, …]: the output offset, then one weight per hidden unit.
    public var phi: [Double]

    public init(theta0: [Double], theta1: [Double], phi: [Double]) {
        precondition(theta0.count == theta1.count && phi.count == theta0.count + 1, "one θ pair and one φ per hidden unit")
        self.theta0 = theta0
        self.theta1 = theta1
        self.phi = phi
    }

    /// The network whose graph passes through the knots `(xs[k], ys[k])` and is
    /// straight between them (the construction behind figures 4.1 and 4.5). Unit k
    /// switches on at `xs[k−1]` with slope `|s_k|`, where `s_k` is the change of slope
    /// there, and `φ_k = sign(s_k)`; left of `xs[0]` the output stays at `ys[0]`.
    public init(knotsX xs: [Double], y ys: [Double]) {
        precondition(xs.count == ys.count && xs.count >= 2, "matching knots, at least two")
        var previousSlope = 0.0
        var theta0: [Double] = [], theta1: [Double] = [], phi = [ys[0]]
        for k in 1..<xs.count {
            let slope = (ys[k] - ys[k - 1]) / (xs[k] - xs[k - 1])
            let change = slope - previousSlope
            previousSlope = slope
            theta1.append(abs(change))
            theta0.append(-abs(change) * xs[k - 1])
            phi.append(change < 0 ? -1 : 1)
        }
        self.init(theta0: theta0, theta1: theta1, phi: phi)
    }

    /// The same function as a `Network` (Ω_0 = θ•1, β_0 = θ•0, Ω_1 = [φ1 φ2 …], β_1 = φ0).
    public var network: Network {
        Network(layers: [
            Layer(weights: Matrix(column: theta1), biases: theta0),
            Layer(weights: Matrix(row: Array(phi.dropFirst())), biases: [phi[0]]),
        ])
    }

    /// y for one input.
    public func callAsFunction(_ x: Double) -> Double {
        zip(zip(theta0, theta1), phi.dropFirst()).reduce(phi[0]) { sum, unit in
            sum + unit.1 * max(0, unit.0.0 + unit.0.1 * x)
        }
    }
}

/// Feeding the output of `first` into `second` (section 4.2). The first network's
/// linear output layer and the second network's first layer are both affine, so they
/// merge into one layer: Ψ = Ω'_0 Ω_K, ψ_0 = β'_0 + Ω'_0 β_K (equations 4.5–4.6).
/// The result is a deep network with the hidden layers of both.
public func compose(_ first: Network, _ second: Network) -> Network {
    precondition(first.outputSize == second.inputSize, "the first network's output feeds the second")
    let last = first.layers[first.layers.count - 1], next = second.layers[0]
    let merged = Layer(weights: next.weights * last.weights, biases: next.affine(Matrix(column: last.biases)).data)
    return Network(layers: Array(first.layers.dropLast()) + [merged] + Array(second.layers.dropFirst()),
                   activation: first.activation)
}

/// `copies` networks in a row: `network(network(… network(x)))`.
public func selfComposition(_ network: Network, copies: Int) -> Network {
    precondition(copies >= 1, "at least one copy")
    return (1..<copies).reduce(network) { chain, _ in compose(chain, network) }
}
