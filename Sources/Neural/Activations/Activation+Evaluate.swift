import Foundation

extension Activation {
    /// The activation value `a[z]`.
    public func apply(_ z: Double) -> Double {
        switch self {
        case .relu, .reluUnitSlopeAtZero:
            return max(z, 0)
        case .leakyReLU(let slope), .parametricReLU(let slope):
            return z >= 0 ? z : slope * z
        case .sigmoid:
            return Neural.sigmoid(z)
        case .tanh:
            return Foundation.tanh(z)
        case .softplus:
            return Neural.softplus(z)
        case .gelu:
            return z * standardNormalCDF(z)
        case .silu:
            return z * Neural.sigmoid(z)
        case .swish(let beta):
            return z * Neural.sigmoid(beta * z)
        case .elu(let alpha):
            return z >= 0 ? z : alpha * expm1(z)
        case .selu:
            return Activation.seluLambda * (z >= 0 ? z : Activation.seluAlpha * expm1(z))
        case .hardSwish:
            if z < -3 { return 0 }
            if z > 3 { return z }
            return z * (z + 3) / 6
        case .heaviside:
            return z >= 0 ? 1 : 0
        case .rect:
            return (0...1).contains(z) ? 1 : 0
        case .linear:
            return z
        }
    }

    /// The derivative `∂a/∂z` (used by backpropagation, eq. 7.24).
    public func derivative(_ z: Double) -> Double {
        switch self {
        case .relu:
            return z > 0 ? 1 : 0
        case .reluUnitSlopeAtZero:
            return z >= 0 ? 1 : 0
        case .leakyReLU(let slope), .parametricReLU(let slope):
            return z >= 0 ? 1 : slope
        case .sigmoid:
            let s = Neural.sigmoid(z)
            return s * (1 - s)
        case .tanh:
            let t = Foundation.tanh(z)
            return 1 - t * t
        case .softplus:
            return Neural.sigmoid(z)
        case .gelu:
            return standardNormalCDF(z) + z * standardNormalPDF(z)
        case .silu:
            return Activation.swish(beta: 1).derivative(z)
        case .swish(let beta):
            let s = Neural.sigmoid(beta * z)
            return s + beta * z * s * (1 - s)
        case .elu(let alpha):
            return z >= 0 ? 1 : alpha * exp(z)
        case .selu:
            return Activation.seluLambda * (z >= 0 ? 1 : Activation.seluAlpha * exp(z))
        case .hardSwish:
            if z < -3 { return 0 }
            if z > 3 { return 1 }
            return (2 * z + 3) / 6
        case .heaviside, .rect:
            return 0
        case .linear:
            return 1
        }
    }

    /// `a[•]` applied to every element (every hidden unit of every example).
    public func apply(_ z: Matrix) -> Matrix {
        switch self {
        case .linear: z
        case .relu, .reluUnitSlopeAtZero: z.map { max($0, 0) }
        default: z.map(apply)
        }
    }

    /// `∂a/∂z` evaluated at every element.
    public func derivative(_ z: Matrix) -> Matrix {
        z.map(derivative)
    }
}
