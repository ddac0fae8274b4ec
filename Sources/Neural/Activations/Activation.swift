/// The activation functions `a[•]` of chapter 3 (figure 3.13 and the chapter notes),
/// each with its value and derivative.
///
/// Kinks and jumps: derivatives are reported as one-sided values chosen by the
/// conventions documented on each case (for example ReLU′(0) = 0).
public enum Activation: Sendable, Hashable {
    /// `ReLU[z] = max(0, z)` (eq. 3.2) with derivative `I[z > 0]`, i.e. 0 at z = 0,
    /// as in the book's backprop summary (eq. 7.24) and notebook 7.2.
    case relu
    /// The same ReLU but with derivative `I[z >= 0]` (1 at z = 0), the convention of
    /// notebooks 7.3 and 11.1.
    case reluUnitSlopeAtZero
    /// Leaky ReLU: `z` for `z >= 0`, `slope · z` otherwise (eq. 7.41; the book's
    /// typical slope is 0.1, see `leakyReLU`). Derivative at 0 is 1.
    case leakyReLU(slope: Double)
    /// Parametric ReLU (He et al., 2015): the leaky ReLU whose negative slope is a
    /// learned parameter; figure 3.13b draws it with slope 0.25.
    case parametricReLU(slope: Double)
    /// Logistic sigmoid `1/(1 + exp[−z])` (eq. 5.18, figure 3.13a).
    case sigmoid
    /// Hyperbolic tangent (figure 3.13a).
    case tanh
    /// SoftPlus `log[1 + exp[z]]` (figure 3.13c).
    case softplus
    /// Gaussian error linear unit `z · Φ(z)` in its exact erf form (figure 3.13c).
    case gelu
    /// Sigmoid linear unit `z · sig[z]` (figure 3.13c).
    case silu
    /// Swish `z / (1 + exp[−βz]) = z · sig[βz]` (Ramachandran et al.; figure 3.13f);
    /// β = 1 gives the SiLU.
    case swish(beta: Double)
    /// Exponential linear unit: `z` for `z >= 0`, `α(exp[z] − 1)` otherwise (figure 3.13d).
    /// Derivative at 0 is taken from the right (1).
    case elu(alpha: Double)
    /// Scaled ELU `λ · ELU_α(z)` with the self-normalising constants of
    /// Klambauer et al. (2017), `seluLambda` and `seluAlpha` (figure 3.13e).
    case selu
    /// HardSwish (eq. 3.13): 0 below −3, `z(z+3)/6` on [−3, 3], `z` above 3.
    case hardSwish
    /// Heaviside step (eqs. 3.15 and 7.38): 1 for `z >= 0`, else 0. Derivative 0 everywhere
    /// (it does not exist at 0), which is why gradient descent cannot train it (problem 7.9).
    case heaviside
    /// Rectangular function (eqs. 3.15 and 7.39): 1 on the closed interval [0, 1], else 0.
    /// Derivative 0 everywhere it exists.
    case rect
    /// The identity `a[z] = z` (notebook 3.4): a network with it collapses to a linear model.
    case linear

    /// Leaky ReLU with the book's typical slope 0.1 (chapter 3 notes, eq. 7.41).
    public static let leakyReLU = Activation.leakyReLU(slope: 0.1)

    /// SELU scale λ (Klambauer et al., 2017).
    public static let seluLambda = 1.0507009873554804934193349852946
    /// SELU α (Klambauer et al., 2017).
    public static let seluAlpha = 1.6732632423543772848170429916717

    /// The activations of figure 3.13 plus the step functions of eq. 3.15, in plotting order.
    public static let all: [Activation] = [
        .relu, .sigmoid, .tanh,
        .leakyReLU, .parametricReLU(slope: 0.25),
        .softplus, .gelu, .silu,
        .elu(alpha: 0.5), .elu(alpha: 1.0), .selu,
        .swish(beta: 0.4), .swish(beta: 1.0), .swish(beta: 1.4), .hardSwish,
        .heaviside, .rect, .linear,
    ]

    /// A short human-readable label for legends, e.g. "Swish (β=0.4)".
    public var name: String {
        switch self {
        case .relu: "ReLU"
        case .reluUnitSlopeAtZero: "ReLU (a′(0)=1)"
        case .leakyReLU(let slope): "Leaky ReLU (α=\(slope))"
        case .parametricReLU(let slope): "Parametric ReLU (α=\(slope))"
        case .sigmoid: "Sigmoid"
        case .tanh: "tanh"
        case .softplus: "SoftPlus"
        case .gelu: "GELU"
        case .silu: "SiLU"
        case .swish(let beta): "Swish (β=\(beta))"
        case .elu(let alpha): "ELU (α=\(alpha))"
        case .selu: "SELU"
        case .hardSwish: "HardSwish"
        case .heaviside: "Heaviside"
        case .rect: "rect"
        case .linear: "Linear"
        }
    }
}
