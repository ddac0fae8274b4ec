import Neural

/// The Neural core's layers run on one example, as the chapter's demos, figures and checks use
/// them.
enum CoreLayer {
    /// `layer` applied to one example `x` of shape `input`, with the given parameters (weights
    /// row by row, then the biases, PyTorch's layout).
    static func apply(
        _ layer: any ModelLayer, input: Shape, parameters: [Double] = [], to x: [Double]
    ) -> [Double] {
        var random = NumPyRandomState(seed: 0)
        var model = Sequential(input: input, [layer], random: &random)
        model.parameters = parameters
        return model(Matrix(column: x)).data
    }

    /// A one-channel image (rows of pixels) through a layer with no parameters.
    static func apply(_ layer: any ModelLayer, image: [[Double]]) -> [[Double]] {
        let shape = Shape.image(height: image.count, width: image[0].count)
        let output = layer.outputShape(for: shape)
        let y = apply(layer, input: shape, to: image.flatMap { $0 })
        let width = output.spatial[1]
        return stride(from: 0, to: y.count, by: width).map { Array(y[$0..<($0 + width)]) }
    }
}
