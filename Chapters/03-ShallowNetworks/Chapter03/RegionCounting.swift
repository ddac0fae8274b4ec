import Foundation
import Neural

/// Counting the convex linear regions of shallow networks with two inputs
/// (section 3.3.2, figure 3.8, problems 3.13 and 3.18).
extension ShallowNetworks {
    /// A network with two inputs and D ReLU units whose joint lines all pass through the
    /// unit disc: unit d is h_d = ReLU[cos α_d x1 + sin α_d x2 − c_d] with α_d uniform on
    /// [0, 2π) and c_d uniform on [0, 0.8], drawn from `NumPyRandomState(seed:)` as α_1, c_1,
    /// α_2, c_2, …; the output weights are all one (they do not move the joints).
    public static func randomPlaneNetwork(hiddenUnits d: Int, seed: UInt32) -> Network {
        var random = NumPyRandomState(seed: seed)
        let theta: [[Double]] = (0..<d).map { _ in
            let angle = random.uniform(low: 0, high: 2 * Double.pi)
            let offset = random.uniform(low: 0, high: 0.8)
            return [-offset, cos(angle), sin(angle)]
        }
        return makeNetwork(theta: theta, phi: [[0] + Array(repeating: 1, count: d)])
    }

    /// The points where two joint lines of a two-input network cross.
    public static func crossings(of network: Network) -> [(x1: Double, x2: Double)] {
        crossingsWithLines(of: network).map(\.point)
    }

    /// Each crossing with the two hidden units (0-based) whose lines meet there.
    static func crossingsWithLines(of network: Network) -> [(Int, Int, point: (x1: Double, x2: Double))] {
        let w = network.layers[0].weights
        let b = network.layers[0].biases
        var result: [(Int, Int, point: (x1: Double, x2: Double))] = []
        for i in 0..<w.rows {
            for j in (i + 1)..<w.rows {
                let det = w[i, 0] * w[j, 1] - w[i, 1] * w[j, 0]
                guard abs(det) > 1e-12 else { continue }
                result.append(
                    (i, j, ((-b[i] * w[j, 1] + b[j] * w[i, 1]) / det, (-b[j] * w[i, 0] + b[i] * w[j, 0]) / det)))
            }
        }
        return result
    }

    /// The regions of a two-input network, found exactly from its activation patterns.
    /// When the joint lines are in general position (no two parallel, no three through
    /// one point) every region has a crossing on its boundary, so the four points just
    /// beside each crossing (±ε along both lines) visit every region; their distinct
    /// patterns are the regions.
    public static func regionsAroundCrossings(of network: Network, epsilon: Double = 1e-7) -> Int {
        let w = network.layers[0].weights
        var columns: [[Double]] = []
        for (i, j, point) in crossingsWithLines(of: network) {
            let u = [w[i, 1], -w[i, 0]]
            let v = [w[j, 1], -w[j, 0]]  // directions along lines i and j
            for (a, b) in [(1.0, 1.0), (1, -1), (-1, 1), (-1, -1)] {
                columns.append([point.x1 + epsilon * (a * u[0] + b * v[0]), point.x2 + epsilon * (a * u[1] + b * v[1])])
            }
        }
        guard !columns.isEmpty else { return 1 + min(w.rows, 1) }
        let inputs = Matrix(rows: 2, cols: columns.count) { i, k in columns[k][i] }
        return LinearRegions.count(of: network, inputs: inputs)
    }

}

extension ShallowNetworks {
    /// Figure 3.10's networks: D_i inputs and D_i hidden units h_d = ReLU[x_d], whose joints are the
    /// coordinate hyperplanes x_d = 0; they cut the input space into 2^{D_i} orthants.
    public static func axisAlignedNetwork(inputs d: Int) -> Network {
        let theta = (0..<d).map { row in [0.0] + (0..<d).map { $0 == row ? 1.0 : 0.0 } }
        return makeNetwork(theta: theta, phi: [[0] + Array(repeating: 1, count: d)])
    }

    /// The activation pattern at each of `points` (one array of D_i coordinates each) of figure 3.10's
    /// network, written as a string of 0s and 1s, unit 1 first.
    static func patternLabels(_ points: [[Double]]) -> [String] {
        let d = points[0].count
        let inputs = Matrix(rows: d, cols: points.count) { i, k in points[k][i] }
        return LinearRegions.activationPatterns(of: axisAlignedNetwork(inputs: d), inputs: inputs).map { bits in
            String(bits.map { $0 ? "1" : "0" })
        }
    }
}
