/// The passes of a training run through a ``Sequential`` model.
///
/// The layers are grouped into runs of consecutive example-wise layers (``ModelLayer/isExampleWise(in:)``)
/// and single layers that are not. A run of example-wise layers is cut by examples into one
/// contiguous part per worker, and the parts go through the whole run at the same time on a
/// `WorkerThreads` team, each worker with its own caches (as `ParallelBackpropagation` does for a
/// `Network`). A layer that couples the examples (batch normalization, dropout while training)
/// sees the whole batch on the calling thread, so batch statistics and dropout masks do not depend
/// on the split. Parameter gradients are added over the workers in worker order, so different
/// worker counts differ only in how those sums are grouped.
final class SequentialPasses: TrainingPasses {
    private let model: Sequential
    /// `caches[w][k]`: worker w's cache for layer k (worker 0 also serves whole-batch layers).
    private let caches: [[LayerCache]]
    private let threads: WorkerThreads
    /// The running statistics, updated by every training-mode forward pass.
    private(set) var state: [Double]
    /// What worker w writes: its parameter gradient (worker 0's also collects the total) and its
    /// part of a pass's result. One object per worker, so no two threads write the same storage.
    private let slots: [WorkerSlot]
    /// How the last training-mode forward pass cut each group of layers: the layer range and,
    /// for a group that ran in parts, the column ranges of the parts.
    private var lastSplit: [(layers: Range<Int>, parts: [Range<Int>])] = []

    init(model: Sequential, workers: Int) {
        precondition(workers >= 1, "Need at least one worker")
        self.model = model
        caches = (0..<workers).map { _ in model.layers.map { _ in LayerCache() } }
        threads = WorkerThreads(count: workers)
        state = model.state
        slots = (0..<workers).map { _ in WorkerSlot(parameterCount: model.parameterCount) }
    }

    var threadCount: Int { caches.count }

    func forward(_ phi: [Double], columns batch: [Int], of x: Matrix, random: inout NumPyRandomState) -> Matrix {
        run(phi, x.columns(batch), mode: .training, random: &random, remember: true)
    }

    func output(_ phi: [Double], of x: Matrix) -> Matrix {
        var unused = NumPyRandomState(seed: 0)
        return run(phi, x, mode: .inference, random: &unused, remember: false)
    }

    func backward(_ phi: [Double], outputGradient: Matrix) -> [Double] {
        var d = outputGradient
        for (layers, parts) in lastSplit.reversed() {
            if parts.count <= 1 {
                d = backward(phi, d, layers: layers, worker: 0, into: &slots[0].gradient)
                continue
            }
            nonisolated(unsafe) let this = self
            let whole = d
            threads.run(parts.count) { w in
                let slot = this.slots[w]
                slot.piece = this.backward(
                    phi, whole.columns(Array(parts[w])), layers: layers, worker: w, into: &slot.gradient)
            }
            let range =
                model.parameterRanges[layers.lowerBound]
                .lowerBound..<model.parameterRanges[layers.upperBound - 1].upperBound
            for w in 1..<parts.count {
                for i in range { slots[0].gradient[i] += slots[w].gradient[i] }
            }
            d = Self.assemble(slots.prefix(parts.count).map(\.piece), parts: parts)
        }
        return slots[0].gradient
    }

    /// Backpropagation through `layers` with worker `w`'s caches, writing into `gradient`.
    private func backward(
        _ phi: [Double], _ d: Matrix, layers: Range<Int>, worker w: Int, into gradient: inout [Double]
    )
        -> Matrix
    {
        var d = d
        phi.withUnsafeBufferPointer { p in
            gradient.withUnsafeMutableBufferPointer { g in
                for k in layers.reversed() {
                    let range = model.parameterRanges[k]
                    d = model.layers[k].backward(
                        d, input: model.shapes[k], parameters: UnsafeBufferPointer(rebasing: p[range]),
                        cache: caches[w][k], gradient: UnsafeMutableBufferPointer(rebasing: g[range]))
                }
            }
        }
        return d
    }

    /// The forward pass in `mode`, group by group; `remember` keeps the split for `backward`.
    private func run(_ phi: [Double], _ x: Matrix, mode: LayerMode, random: inout NumPyRandomState, remember: Bool)
        -> Matrix
    {
        var h = x
        var split: [(layers: Range<Int>, parts: [Range<Int>])] = []
        for layers in groups(mode) {
            let parallel = layers.count > 1 || model.layers[layers.lowerBound].isExampleWise(in: mode)
            let parts = parallel ? Self.split(h.cols, into: caches.count) : [0..<h.cols]
            split.append((layers, parts))
            if parts.count <= 1 {
                h = forward(phi, h, layers: layers, mode: mode, worker: 0, random: &random)
                continue
            }
            nonisolated(unsafe) let this = self
            let whole = h
            threads.run(parts.count) { w in
                var unused = NumPyRandomState(seed: 0)
                this.slots[w].piece = this.forward(
                    phi, whole.columns(Array(parts[w])), layers: layers, mode: mode, worker: w, random: &unused)
            }
            h = Self.assemble(slots.prefix(parts.count).map(\.piece), parts: parts)
        }
        if remember { lastSplit = split }
        return h
    }

    private func forward(
        _ phi: [Double], _ x: Matrix, layers: Range<Int>, mode: LayerMode, worker w: Int,
        random: inout NumPyRandomState
    ) -> Matrix {
        var h = x
        phi.withUnsafeBufferPointer { p in
            state.withUnsafeMutableBufferPointer { s in
                for k in layers {
                    h = model.layers[k].forward(
                        h, input: model.shapes[k],
                        parameters: UnsafeBufferPointer(rebasing: p[model.parameterRanges[k]]),
                        state: UnsafeMutableBufferPointer(rebasing: s[model.stateRanges[k]]), mode: mode,
                        random: &random, cache: caches[w][k])
                }
            }
        }
        return h
    }

    /// The layers cut into maximal runs of example-wise layers and single other layers.
    private func groups(_ mode: LayerMode) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0
        for k in model.layers.indices where !model.layers[k].isExampleWise(in: mode) {
            if start < k { groups.append(start..<k) }
            groups.append(k..<(k + 1))
            start = k + 1
        }
        if start < model.layers.count { groups.append(start..<model.layers.count) }
        return groups
    }

    /// `0..<n` shared among `parts` workers (`evenParts`), or one range when there is nothing to share.
    static func split(_ n: Int, into parts: Int) -> [Range<Int>] {
        let shares = evenParts(n, parts)
        return shares.count > 1 ? shares : [0..<n]
    }

    /// The parts side by side again, part w in the columns `parts[w]`.
    static func assemble(_ pieces: [Matrix], parts: [Range<Int>]) -> Matrix {
        let rows = pieces[0].rows
        let n = parts.last!.upperBound
        var whole = Matrix(rows: rows, cols: n)
        for (piece, range) in zip(pieces, parts) {
            for i in 0..<rows {
                for (k, j) in range.enumerated() { whole.data[i * n + j] = piece.data[i * range.count + k] }
            }
        }
        return whole
    }
}

/// One worker's output storage in `SequentialPasses`.
private final class WorkerSlot {
    var gradient: [Double]
    var piece = Matrix(rows: 0, cols: 0)

    init(parameterCount: Int) { gradient = [Double](repeating: 0, count: parameterCount) }
}
