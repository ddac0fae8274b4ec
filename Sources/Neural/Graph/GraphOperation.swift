import Foundation

/// The operations a `ComputationalGraph` node may apply to its parents (Goodfellow et al.
/// §6.5.1). Every operation knows three things about itself and nothing about the graph:
/// its value `f`, its `bprop` (the Jacobian-transpose product of their eq. 6.54, used by
/// reverse mode), and its `tangent` (the Jacobian product used by forward mode, UDL problem 7.13).
///
/// Values are matrices; a scalar is a 1 × 1 matrix.
public enum GraphOperation: Sendable, Hashable {
    /// `A + B` (same shapes).
    case add
    /// `A − B` (same shapes).
    case subtract
    /// Element-wise product `A ⊙ B`.
    case multiply
    /// Matrix product `A B`.
    case matmul
    /// `F + β`, adding the column vector β (D × 1) to every column of F (D × N): `β_k + Ω_k h_k`.
    case addBias
    /// `max(0, A)` element-wise, with derivative `I[A > 0]` (UDL eq. 7.24).
    case relu
    /// `exp[A]` element-wise.
    case exp
    /// `sin[A]` element-wise.
    case sin
    /// `cos[A]` element-wise.
    case cos
    /// `A ⊙ A`.
    case square
    /// The sum of all entries, a 1 × 1 result.
    case sum
    /// `c · A` for a constant c.
    case scale(Double)

    /// The number of parents the operation takes.
    public var arity: Int {
        switch self {
        case .add, .subtract, .multiply, .matmul, .addBias: 2
        default: 1
        }
    }

    /// A short label for printing ("matmul", "×0.1").
    public var name: String {
        switch self {
        case .add: "add"
        case .subtract: "subtract"
        case .multiply: "multiply"
        case .matmul: "matmul"
        case .addBias: "add bias"
        case .relu: "relu"
        case .exp: "exp"
        case .sin: "sin"
        case .cos: "cos"
        case .square: "square"
        case .sum: "sum"
        case .scale(let c): "×\(c)"
        }
    }

    /// `op.f(inputs)`: the value of the node.
    public func evaluate(_ x: [Matrix]) -> Matrix {
        precondition(x.count == arity, "\(name) takes \(arity) inputs, got \(x.count)")
        switch self {
        case .add: return x[0] + x[1]
        case .subtract: return x[0] - x[1]
        case .multiply: return x[0].hadamard(x[1])
        case .matmul: return Matrix.multiply(x[0], x[1])
        case .addBias: return x[0].addingToEachColumn(x[1].data)
        case .relu: return x[0].map { max(0, $0) }
        case .exp: return x[0].map(Foundation.exp)
        case .sin: return x[0].map(Foundation.sin)
        case .cos: return x[0].map(Foundation.cos)
        case .square: return x[0].hadamard(x[0])
        case .sum: return Matrix(rows: 1, cols: 1, data: [x[0].sum()])
        case .scale(let c): return c * x[0]
        }
    }

    /// `op.bprop(inputs, X, G)` of Goodfellow et al. eq. 6.54: given the gradient `g` of the
    /// final scalar with respect to this node's value, the gradient with respect to input
    /// number `index`, `Σ_i (∇_X op.f(inputs)_i) G_i`. Inputs are treated as distinct even when
    /// the same node is passed twice; the caller adds the contributions.
    public func bprop(_ x: [Matrix], index: Int, gradient g: Matrix) -> Matrix {
        switch self {
        case .add: return g
        case .subtract: return index == 0 ? g : -g
        case .multiply: return g.hadamard(x[1 - index])
        case .matmul:
            return index == 0
                ? Matrix.multiply(g, x[1], transposeB: true)  // G Bᵀ
                : Matrix.multiply(x[0], g, transposeA: true)  // Aᵀ G
        case .addBias: return index == 0 ? g : Matrix(column: g.rowSums())
        case .relu: return g.zip(x[0]) { d, a in a > 0 ? d : 0 }
        case .exp: return g.zip(x[0]) { d, a in d * Foundation.exp(a) }
        case .sin: return g.zip(x[0]) { d, a in d * Foundation.cos(a) }
        case .cos: return g.zip(x[0]) { d, a in -d * Foundation.sin(a) }
        case .square: return g.zip(x[0]) { d, a in 2 * a * d }
        case .sum: return Matrix(rows: x[0].rows, cols: x[0].cols, repeating: g.data[0])
        case .scale(let c): return c * g
        }
    }

    /// Forward mode: the directional derivative of the node's value when its inputs move
    /// along `t` (one tangent per input, same shapes as the inputs).
    public func tangent(_ x: [Matrix], tangents t: [Matrix]) -> Matrix {
        switch self {
        case .add: return t[0] + t[1]
        case .subtract: return t[0] - t[1]
        case .multiply: return t[0].hadamard(x[1]) + x[0].hadamard(t[1])
        case .matmul: return Matrix.multiply(t[0], x[1]) + Matrix.multiply(x[0], t[1])
        case .addBias: return t[0].addingToEachColumn(t[1].data)
        case .relu: return t[0].zip(x[0]) { d, a in a > 0 ? d : 0 }
        case .exp: return t[0].zip(x[0]) { d, a in d * Foundation.exp(a) }
        case .sin: return t[0].zip(x[0]) { d, a in d * Foundation.cos(a) }
        case .cos: return t[0].zip(x[0]) { d, a in -d * Foundation.sin(a) }
        case .square: return t[0].zip(x[0]) { d, a in 2 * a * d }
        case .sum: return Matrix(rows: 1, cols: 1, data: [t[0].sum()])
        case .scale(let c): return c * t[0]
        }
    }
}
