import Foundation
import Neural

/// The universal-approximation construction of section 3.2 (figure 3.5): every hidden
/// unit adds one joint, so D units with their joints placed on a grid can follow any
/// continuous curve by linear interpolation.
extension ShallowNetworks {
    /// The smooth curve figure 3.5 and the `approximation` demo approximate (our choice:
    /// the book does not give its function).
    public static func smoothTarget(_ x: Double) -> Double {
        0.5 * sin(2 * Double.pi * x) + 0.25 * cos(5 * Double.pi * x) + 0.3 * x
    }

    /// A network with D hidden units h_d = ReLU[x − d/D] (joints at 0, 1/D, …, (D−1)/D)
    /// whose output joins the points (k/D, f(k/D)), k = 0…D, by straight lines. φ_0 is
    /// f(0); φ_1 is the first slope and every later φ_d is the change of slope at its joint.
    public static func interpolatingNetwork(hiddenUnits d: Int, _ f: (Double) -> Double) -> ShallowNetwork {
        let knots = linspace(0, 1, d + 1)
        let slopes = (0..<d).map { (f(knots[$0 + 1]) - f(knots[$0])) * Double(d) }
        let phi = (0..<d).map { $0 == 0 ? slopes[0] : slopes[$0] - slopes[$0 - 1] }
        return ShallowNetwork(
            theta0: knots.dropLast().map { -$0 }, theta1: Array(repeating: 1, count: d),
            phi0: f(0), phi: phi)
    }

    /// The largest gap |f(x) − network(x)| over `samples` evenly spaced points of [0, 1].
    public static func maximumError(
        _ network: ShallowNetwork, _ f: (Double) -> Double,
        samples: Int = 2001
    ) -> Double {
        linspace(0, 1, samples).map { abs(f($0) - network($0)) }.max()!
    }
}
