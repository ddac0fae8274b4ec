/// A shallow network with one input, `D` hidden units and one output
/// (eqs. 3.1 and 3.5–3.6): `y = φ_0 + Σ_d φ_d a[θ_d0 + θ_d1 x]`.
///
/// Chapter 3's one-input examples (figures 3.2, 3.3, 3.5, 3.14, notebooks 3.1 and 3.4)
/// and chapter 4's shallow building blocks (eqs. 4.1–4.2, figures 4.1, 4.8, 4.9) are
/// values of this type; `network` turns one into the core's `Network`.
public struct ShallowNetwork: Sendable, Equatable {
    /// θ_d0, the y-intercepts of the hidden units' lines.
    public var theta0: [Double]
    /// θ_d1, their slopes.
    public var theta1: [Double]
    /// φ_0, the output offset.
    public var phi0: Double
    /// φ_1 … φ_D, the output weights.
    public var phi: [Double]
    /// The activation function a[•] (ReLU unless a problem swaps it).
    public var activation: Activation

    public init(theta0: [Double], theta1: [Double], phi0: Double, phi: [Double], activation: Activation = .relu) {
        precondition(
            theta0.count == theta1.count && theta1.count == phi.count, "one θ_d0, θ_d1 and φ_d per hidden unit")
        self.theta0 = theta0; self.theta1 = theta1; self.phi0 = phi0; self.phi = phi; self.activation = activation
    }

    /// The ReLU network whose graph passes through the knots `(xs[k], ys[k])` and is
    /// straight between them (the construction behind figures 4.1 and 4.5). Unit k
    /// switches on at `xs[k−1]` with slope `|s_k|`, where `s_k` is the change of slope
    /// there, and `φ_k = sign(s_k)`; `φ_0 = ys[0]`, so left of `xs[0]` the output stays at `ys[0]`.
    public init(knotsX xs: [Double], y ys: [Double]) {
        precondition(xs.count == ys.count && xs.count >= 2, "matching knots, at least two")
        var previousSlope = 0.0
        var theta0: [Double] = []
        var theta1: [Double] = []
        var phi: [Double] = []
        for k in 1..<xs.count {
            let slope = (ys[k] - ys[k - 1]) / (xs[k] - xs[k - 1])
            let change = slope - previousSlope
            previousSlope = slope
            theta1.append(abs(change))
            theta0.append(-abs(change) * xs[k - 1])
            phi.append(change < 0 ? -1 : 1)
        }
        self.init(theta0: theta0, theta1: theta1, phi0: ys[0], phi: phi)
    }

    /// D, the number of hidden units.
    public var hiddenUnits: Int { phi.count }

    /// The pre-activation θ_d0 + θ_d1 x of unit `d` (0-based), figure 3.3a–c.
    public func preActivation(_ d: Int, _ x: Double) -> Double { theta0[d] + theta1[d] * x }

    /// The hidden unit h_d = a[θ_d0 + θ_d1 x] (eq. 3.3), figure 3.3d–f.
    public func hidden(_ d: Int, _ x: Double) -> Double { activation.apply(preActivation(d, x)) }

    /// The output y (eq. 3.1).
    public func callAsFunction(_ x: Double) -> Double {
        (0..<hiddenUnits).reduce(phi0) { $0 + phi[$1] * hidden($1, x) }
    }

    /// Where each unit's line crosses zero, x = −θ_d0/θ_d1: the joints of a ReLU
    /// network (problem 3.3), one per unit whose slope is not zero.
    public var joints: [Double] {
        (0..<hiddenUnits).compactMap { theta1[$0] == 0 ? nil : -theta0[$0] / theta1[$0] }
    }

    /// One linear piece of a ReLU network between neighbouring joints.
    public struct Region: Sendable, Equatable {
        /// The interval (−∞ and +∞ at the ends).
        public var lower: Double, upper: Double
        /// Which hidden units pass their input (are not clipped) here.
        public var active: [Bool]
        /// The slope Σ_{d active} θ_d1 φ_d (section 3.1.1).
        public var slope: Double
    }

    /// The D + 1 linear regions of the ReLU network along the whole real line, left
    /// to right, with their activation patterns and slopes (problems 3.2, 3.3, 3.9).
    public var regions: [Region] {
        let edges = [-Double.infinity] + joints.sorted() + [Double.infinity]
        return zip(edges, edges.dropFirst()).map { lower, upper in
            let probe =
                lower.isInfinite
                ? (upper.isInfinite ? 0 : upper - 1)
                : upper.isInfinite ? lower + 1 : (lower + upper) / 2
            let active = (0..<hiddenUnits).map { preActivation($0, probe) > 0 }
            let slope = (0..<hiddenUnits).reduce(0.0) { $0 + (active[$1] ? theta1[$1] * phi[$1] : 0) }
            return Region(lower: lower, upper: upper, active: active, slope: slope)
        }
    }

    /// The same model as a core `Network` with sizes [1, D, 1]:
    /// Ω_0 = θ_•1, β_0 = θ_•0, Ω_1 = [φ_1 … φ_D], β_1 = φ_0.
    public var network: Network {
        Network(
            layers: [
                Layer(weights: Matrix(column: theta1), biases: theta0),
                Layer(weights: Matrix(row: phi), biases: [phi0]),
            ],
            activation: activation)
    }

    /// The 3D + 1 parameters in the book's order {φ_0, φ_1, …, φ_D, θ_10, θ_11, θ_20, …} (ten for D = 3, problem 3.8).
    public var bookOrder: [Double] {
        [phi0] + phi + (0..<hiddenUnits).flatMap { [theta0[$0], theta1[$0]] }
    }

    /// A network from parameters in the book's order (see `bookOrder`).
    public init(bookOrder p: [Double], hiddenUnits d: Int, activation: Activation = .relu) {
        precondition(p.count == 3 * d + 1, "a 1-\(d)-1 network has \(3 * d + 1) parameters")
        self.init(
            theta0: (0..<d).map { p[d + 1 + 2 * $0] }, theta1: (0..<d).map { p[d + 2 + 2 * $0] },
            phi0: p[0], phi: Array(p[1...d]), activation: activation)
    }

    /// A copy with another activation function (problem 3.8, notebook 3.4).
    public func with(_ activation: Activation) -> ShallowNetwork {
        var copy = self
        copy.activation = activation
        return copy
    }
}
