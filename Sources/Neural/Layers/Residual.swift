/// A residual block (chapter 11's skip connection): the input plus what its layers make of it,
/// `y = x + f[x]`, so `∂L/∂x = ∂L/∂y + (∂f/∂x)ᵀ ∂L/∂y`. The layers must give back the input's
/// shape. Their parameters and state sit one after the other inside the block's.
public struct Residual: ModelLayer {
    public let layers: [any ModelLayer]

    public init(_ layers: [any ModelLayer]) {
        precondition(!layers.isEmpty, "A residual block needs at least one layer")
        self.layers = layers
    }

    public var description: String { "Residual(" + layers.map(\.description).joined(separator: ", ") + ")" }

    /// The shape each inner layer sees, then the block's output shape.
    private func shapes(_ input: Shape) -> [Shape] {
        layers.reduce(into: [input]) { $0.append($1.outputShape(for: $0.last!)) }
    }

    private func ranges(_ counts: [Int]) -> [Range<Int>] {
        var start = 0
        return counts.map { count in
            defer { start += count }
            return start..<(start + count)
        }
    }

    public func outputShape(for input: Shape) -> Shape {
        let output = shapes(input).last!
        precondition(output == input, "the block maps \(input) to \(output); a skip connection needs the same shape")
        return input
    }

    public func parameterCount(for input: Shape) -> Int {
        zip(layers, shapes(input)).reduce(0) { $0 + $1.0.parameterCount(for: $1.1) }
    }

    public func stateCount(for input: Shape) -> Int {
        zip(layers, shapes(input)).reduce(0) { $0 + $1.0.stateCount(for: $1.1) }
    }

    public func initialParameters(for input: Shape, random: inout NumPyRandomState) -> [Double] {
        var all: [Double] = []
        for (layer, shape) in zip(layers, shapes(input)) { all += layer.initialParameters(for: shape, random: &random) }
        return all
    }

    public func initialState(for input: Shape) -> [Double] {
        zip(layers, shapes(input)).flatMap { $0.initialState(for: $1) }
    }

    public func weightRanges(for input: Shape) -> [Range<Int>] {
        let shapes = shapes(input)
        let offsets = ranges(zip(layers, shapes).map { $0.parameterCount(for: $1) }).map(\.lowerBound)
        return layers.indices.flatMap { k in
            layers[k].weightRanges(for: shapes[k]).map { ($0.lowerBound + offsets[k])..<($0.upperBound + offsets[k]) }
        }
    }

    public func isExampleWise(in mode: LayerMode) -> Bool { layers.allSatisfy { $0.isExampleWise(in: mode) } }

    public func forward(
        _ x: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>,
        state: UnsafeMutableBufferPointer<Double>, mode: LayerMode, random: inout NumPyRandomState,
        cache: LayerCache
    ) -> Matrix {
        let shapes = shapes(input)
        let parameterRanges = ranges(zip(layers, shapes).map { $0.parameterCount(for: $1) })
        let stateRanges = ranges(zip(layers, shapes).map { $0.stateCount(for: $1) })
        if cache.children.count != layers.count { cache.children = layers.map { _ in LayerCache() } }
        var h = x
        for (k, layer) in layers.enumerated() {
            h = layer.forward(
                h, input: shapes[k], parameters: UnsafeBufferPointer(rebasing: parameters[parameterRanges[k]]),
                state: UnsafeMutableBufferPointer(rebasing: state[stateRanges[k]]), mode: mode, random: &random,
                cache: cache.children[k])
        }
        return h + x
    }

    public func backward(
        _ outputGradient: Matrix, input: Shape, parameters: UnsafeBufferPointer<Double>, cache: LayerCache,
        gradient: UnsafeMutableBufferPointer<Double>
    ) -> Matrix {
        let shapes = shapes(input)
        let parameterRanges = ranges(zip(layers, shapes).map { $0.parameterCount(for: $1) })
        var d = outputGradient
        for k in layers.indices.reversed() {
            d = layers[k].backward(
                d, input: shapes[k], parameters: UnsafeBufferPointer(rebasing: parameters[parameterRanges[k]]),
                cache: cache.children[k], gradient: UnsafeMutableBufferPointer(rebasing: gradient[parameterRanges[k]]))
        }
        return d + outputGradient
    }
}
