/// Forward passes and backpropagation spread over several threads by data parallelism: the
/// examples (columns) of a batch are cut into contiguous parts, one per worker, and the parts run
/// through the network at the same time on a `WorkerThreads` team, each part in its worker's own
/// `BackpropagationWorkspace`.
///
/// The parts share only read-only inputs and write disjoint column blocks of the result, so
/// nothing depends on the threads' timing: which examples a worker gets depends only on the batch
/// size and the number of workers, and the workers' partial gradients are added on the calling
/// thread in worker order. Compared with one worker, the only change is how the sums over the
/// examples in `∂L/∂Ω_k` and `∂L/∂β_k` (eq. 7.25) are grouped, a difference at rounding level.
/// With one worker everything runs on the calling thread exactly as a single workspace would.
///
/// The loss gradient `∂L/∂f_K` is not split: it is computed from the whole batch's output between
/// the forward and the backward halves, so a mean-reduced loss divides by the full batch size.
final class ParallelBackpropagation<Scalar: BLASScalar>: TrainingPasses {
    /// One workspace per worker, each holding up to `capacity` examples.
    private let workers: [BackpropagationWorkspace<Scalar>]
    /// The threads that run the workers' parts.
    private let threads: WorkerThreads
    /// How the batch of the last `forward(_:columns:of:random:)` was split among the workers.
    private var batchParts: [Range<Int>] = []
    /// `∂L/∂φ` from the last `backward`, summed over the workers.
    private var gradient: [Double]

    /// Workspaces for `count` workers that together take batches of up to `capacity` examples.
    init(network: Network, workers count: Int, capacity: Int) {
        precondition(count >= 1, "Need at least one worker")
        let share = (max(capacity, 1) + count - 1) / count
        workers = (0..<count).map { _ in BackpropagationWorkspace<Scalar>(network: network, capacity: share) }
        threads = WorkerThreads(count: count)
        gradient = [Double](repeating: 0, count: network.parameterCount)
    }

    /// The number of workers.
    var count: Int { workers.count }
    var threadCount: Int { workers.count }
    /// A network keeps no running statistics.
    var state: [Double] { [] }

    /// `0..<n` shared among the workers (`evenParts`).
    func split(_ n: Int) -> [Range<Int>] { evenParts(n, count) }

    /// The network output `f_K` (`D_o × batch.count`) for the columns `batch` of `x`; each worker
    /// keeps its part's activations for the `backward` that follows. A network draws no random
    /// numbers, so `random` is left as it is.
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Float)
    func forward(_ phi: [Double], columns batch: [Int], of x: Matrix, random: inout NumPyRandomState) -> Matrix {
        batchParts = split(batch.count)
        return assemble(columns: batch.count, parts: batchParts) { worker, range in
            worker.gather(x, columns: batch[range])
            return worker.forward(phi, count: range.count)
        }
    }

    /// Backpropagation of `outputGradient` (`∂L/∂f_K` for the batch of the last `forward`);
    /// returns `∂L/∂φ`, the sum of the workers' gradients in worker order.
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Float)
    func backward(_ phi: [Double], outputGradient: Matrix) -> [Double] {
        let parts = batchParts
        precondition(outputGradient.cols == parts.last?.upperBound ?? 0, "Output gradient has the wrong shape")
        run(parts) { worker, range in worker.backward(phi, outputGradient: outputGradient, columns: range) }
        guard parts.count > 1 else { return workers[0].gradient }
        let used = workers.prefix(parts.count)
        gradient.withUnsafeMutableBufferPointer { total in
            for i in total.indices { total[i] = 0 }
            for worker in used {
                worker.gradient.withUnsafeBufferPointer { g in
                    for i in total.indices { total[i] += g[i] }
                }
            }
        }
        return gradient
    }

    /// The network output for every column of `x` (a whole data set). It reuses the workers'
    /// buffers, so a `backward` cannot follow.
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Float)
    func output(_ phi: [Double], of x: Matrix) -> Matrix {
        assemble(columns: x.cols, parts: split(x.cols)) { worker, range in
            worker.forward(phi, columns: range, of: x)
        }
    }

    /// Runs `part` for every range on its worker and copies each `D_o × range.count` result into
    /// the matching columns of one `D_o × n` output.
    private func assemble(
        columns n: Int, parts: [Range<Int>],
        part: @Sendable (BackpropagationWorkspace<Scalar>, Range<Int>) -> Matrix
    ) -> Matrix {
        let rows = workers[0].sizes.last!
        var output = Matrix(rows: rows, cols: n)
        output.data.withUnsafeMutableBufferPointer { buffer in
            // The parts write disjoint columns.
            nonisolated(unsafe) let out = buffer
            run(parts) { worker, range in
                let result = part(worker, range)
                result.data.withUnsafeBufferPointer { r in
                    for i in 0..<rows {
                        (out.baseAddress! + i * n + range.lowerBound)
                            .update(from: r.baseAddress! + i * range.count, count: range.count)
                    }
                }
            }
        }
        return output
    }

    /// Calls `body` once per range with worker `w` for range `w`, all at once (range 0 on the
    /// calling thread); returns when every range is done.
    private func run(_ parts: [Range<Int>], _ body: @Sendable (BackpropagationWorkspace<Scalar>, Range<Int>) -> Void) {
        // Iteration w uses worker w alone, so no workspace is touched by two threads.
        nonisolated(unsafe) let workers = workers
        threads.run(parts.count) { w in body(workers[w], parts[w]) }
    }
}
