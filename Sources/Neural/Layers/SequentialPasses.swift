/// The passes of a training run through a ``Sequential`` model: the whole batch goes through
/// one layer at a time on the calling thread, each layer's products using OpenBLAS's own threads.
/// Nothing is split by examples, so batch statistics and dropout masks see the whole batch and
/// the worker count cannot change the maths.
final class SequentialPasses: TrainingPasses {
    private let model: Sequential
    private let caches: [LayerCache]
    /// The running statistics, updated by every training-mode forward pass.
    private(set) var state: [Double]
    private var gradient: [Double]

    init(model: Sequential) {
        self.model = model
        caches = model.layers.map { _ in LayerCache() }
        state = model.state
        gradient = [Double](repeating: 0, count: model.parameterCount)
    }

    var threadCount: Int { 1 }

    func forward(_ phi: [Double], columns batch: [Int], of x: Matrix, random: inout NumPyRandomState) -> Matrix {
        run(phi, x.columns(batch), mode: .training, random: &random)
    }

    func backward(_ phi: [Double], outputGradient: Matrix) -> [Double] {
        var d = outputGradient
        phi.withUnsafeBufferPointer { p in
            gradient.withUnsafeMutableBufferPointer { g in
                for k in model.layers.indices.reversed() {
                    let range = model.parameterRanges[k]
                    d = model.layers[k].backward(
                        d, input: model.shapes[k], parameters: UnsafeBufferPointer(rebasing: p[range]),
                        cache: caches[k],
                        gradient: UnsafeMutableBufferPointer(rebasing: g[range]))
                }
            }
        }
        return gradient
    }

    func output(_ phi: [Double], of x: Matrix) -> Matrix {
        var unused = NumPyRandomState(seed: 0)
        return run(phi, x, mode: .inference, random: &unused)
    }

    private func run(_ phi: [Double], _ x: Matrix, mode: LayerMode, random: inout NumPyRandomState) -> Matrix {
        var h = x
        phi.withUnsafeBufferPointer { p in
            state.withUnsafeMutableBufferPointer { s in
                for (k, layer) in model.layers.enumerated() {
                    h = layer.forward(
                        h, input: model.shapes[k],
                        parameters: UnsafeBufferPointer(rebasing: p[model.parameterRanges[k]]),
                        state: UnsafeMutableBufferPointer(rebasing: s[model.stateRanges[k]]), mode: mode,
                        random: &random, cache: caches[k])
                }
            }
        }
        return h
    }
}
