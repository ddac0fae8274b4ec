/// Decoupled weight decay around any optimiser (eq. 9.13): each step of `base` is taken with the
/// gradient at the current φ, and the chosen parameters also shrink by `αλ·φ`, with α the current
/// learning rate — together `φ ← (1 − αλ)·φ − α·(the base optimiser's update)`.
///
/// Around ``GradientDescent`` this is eq. 9.13 with λ′ = αλ, the same as an L2 penalty of λ/2.
/// Around ``Adam`` it is AdamW (Loshchilov and Hutter; PyTorch's `AdamW`, which applies the decay
/// the same way, before the Adam update): the decay no longer passes through Adam's
/// normalisation, which is why it differs from L2 there.
public struct WeightDecay<Base: Optimizer>: Optimizer {
    public var base: Base
    /// λ.
    public var decay: Double
    /// The entries of φ that decay; `nil` decays all of them (PyTorch's default). Pass a model's
    /// ``Model/weightRanges`` to decay the weights only, as the book's eq. 9.13 does.
    public var ranges: [Range<Int>]?

    public init(_ base: Base, decay: Double, ranges: [Range<Int>]? = nil) {
        self.base = base
        self.decay = decay
        self.ranges = ranges
    }

    public var learningRate: Double {
        get { base.learningRate }
        set { base.learningRate = newValue }
    }

    public mutating func step(_ parameters: inout [Double], gradient: ([Double]) -> [Double]) {
        let (before, shrink) = (parameters, learningRate * decay)
        base.step(&parameters, gradient: gradient)
        for range in ranges ?? [parameters.indices] {
            for i in range { parameters[i] -= shrink * before[i] }
        }
    }
}

extension WeightDecay: Sendable where Base: Sendable {}
extension WeightDecay: Codable where Base: Codable {}
extension WeightDecay: Equatable where Base: Equatable {}
