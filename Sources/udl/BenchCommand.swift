import ArgumentParser
import Companion
import Foundation
import Neural

/// `udl bench`: how fast the numerical core is on this machine — raw `dgemm` throughput and
/// a notebook's training recipe (compare with `Benchmarks/pytorch_mnist1d.py` and
/// `Benchmarks/pytorch_cnn_mnist1d.py`).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time dgemm and a notebook's MNIST-1D training recipe on this machine.")

    @Argument(help: "The recipe: mlp (notebook 8.1) or cnn (notebook 10.2).")
    var recipe: BenchRecipe = .mlp

    @Option(parsing: .unconditional, help: "Timed training runs, 1 to \(Limits.runs); the median is reported.")
    var runs = 5

    @Option(
        parsing: .unconditional,
        help: "Epochs per training run, 1 to \(Limits.epochs) (default: the notebook's, 50 for mlp, 100 for cnn).")
    var epochs: Int?

    @Option(
        parsing: .unconditional,
        help:
            "OpenBLAS threads, 1 to \(Limits.threads) (default: OpenBLAS's own choice); training uses them only with --workers 1."
    )
    var threads: Int?

    @Option(
        parsing: .unconditional,
        help: "Threads that share each minibatch and evaluation, 1 to \(Limits.threads) (default: the trainer's, 2).")
    var workers: Int?

    @Option(parsing: .upToNextOption, help: "Matrix sizes n for the n×n dgemm timings, 1 to \(Limits.size).")
    var sizes: [Int] = [64, 256, 1024]

    @Option(parsing: .unconditional, help: "Seed of the generator that initialises and shuffles (0 to 4294967295).")
    var seed: UInt32 = 1

    /// Upper bounds that keep a typo from asking for hours of work or more memory than a laptop has.
    enum Limits {
        static let runs = 100
        static let epochs = 10_000
        static let threads = 256
        /// Three 4096 × 4096 matrices of doubles take 400 MB.
        static let size = 4096
    }

    func validate() throws {
        try Self.require(runs, "--runs", in: 1...Limits.runs)
        if let epochs { try Self.require(epochs, "--epochs", in: 1...Limits.epochs) }
        for size in sizes { try Self.require(size, "--sizes", in: 1...Limits.size) }
        if let threads { try Self.require(threads, "--threads", in: 1...Limits.threads) }
        if let workers { try Self.require(workers, "--workers", in: 1...Limits.threads) }
    }

    /// Why this kernel: chosen from the CPU's instructions (OpenBLAS alone fell back to a
    /// slower one), set by the user, or a fallback that leaves speed unused.
    static func kernelNote() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let (current, fitting) = BLASKernel.unusedSpeed() {
            return "\nnote: \(current) is a fallback that leaves speed unused on this CPU; "
                + "OPENBLAS_CORETYPE=\(fitting) would fit it"
        }
        if environment["UDL_BLAS_RELAUNCHED"] != nil {
            return " (chosen from the CPU's instructions: OpenBLAS alone picked a slower kernel)"
        }
        return environment["OPENBLAS_CORETYPE"] != nil ? " (set by OPENBLAS_CORETYPE)" : " (OpenBLAS's own choice)"
    }

    static func require(_ value: Int, _ name: String, in range: ClosedRange<Int>) throws {
        guard range.contains(value) else {
            throw ValidationError("\(name) must be from \(range.lowerBound) to \(range.upperBound), got \(value)")
        }
    }

    func run() throws {
        let out = CommandContext.current.out
        if let threads { BLAS.setThreads(threads) }
        out.write("OpenBLAS core \(BLAS.coreName), \(BLAS.threads) thread(s)\(Self.kernelNote())\n\n")

        out.write("dgemm C = A·B (n×n, double), median of 5 timings\n")
        out.write("     n   GFLOP/s\n")
        for n in sizes {
            out.write(pad("\(n)", 6) + pad(String(format: "%.1f", dgemmRate(n: n)), 10) + "\n")
        }

        let epochs = self.epochs ?? recipe.epochs
        out.write("\n" + recipe.summary(epochs: epochs) + "\n")
        let data = MNIST1D()
        let workers = self.workers ?? Trainer<CrossEntropy, PyTorchMomentum>.defaultWorkers
        out.write(recipe.threadingNote(workers: workers) + "\n")
        let progress = Progress("training", total: runs * epochs)
        var times: [Double] = []
        var history = TrainingHistory(epochs: [], steps: 0)
        for run in 0..<runs {
            var elapsed = Duration.zero
            history = try recipe.train(data: data, epochs: epochs, workers: workers, seed: seed, timed: &elapsed) {
                record in
                progress.update(
                    run * epochs + record.epoch,
                    String(
                        format: "run %d, epoch %d: train error %.1f %%, test error %.1f %%", run + 1, record.epoch,
                        100 * (record.trainError ?? .nan), 100 * (record.testError ?? .nan)))
            }
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        let median = Self.median(times)
        let last = history.final
        out.write(
            String(
                format: "  wall time: median %.3f s over %d run(s) (min %.3f s, max %.3f s)\n",
                median, runs, times.min() ?? 0, times.max() ?? 0))
        out.write(
            String(
                format: "  steps per second: %.0f (%d steps per run)\n",
                Double(history.steps) / median, history.steps))
        out.write(
            String(
                format: "  final train error %.1f %%, test error %.1f %%\n",
                100 * (last?.trainError ?? .nan), 100 * (last?.testError ?? .nan)))
    }

    /// GFLOP/s of an `n × n` product (2n³ flops), the median of five timings each long enough
    /// (about 50 ms) to swamp the clock's resolution.
    private func dgemmRate(n: Int) -> Double {
        var random = NumPyRandomState(seed: 0)
        let a = Matrix(rows: n, cols: n, data: random.uniform(count: n * n))
        let b = Matrix(rows: n, cols: n, data: random.uniform(count: n * n))
        let clock = ContinuousClock()
        var repeats = 1
        var sink = 0.0
        while true {
            let start = clock.now
            for _ in 0..<repeats { sink += Matrix.multiply(a, b).data[0] }
            if clock.now - start > .milliseconds(50) || repeats >= 1 << 20 { break }
            repeats *= 2
        }
        var rates: [Double] = []
        for _ in 0..<5 {
            let start = clock.now
            for _ in 0..<repeats { sink += Matrix.multiply(a, b).data[0] }
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            rates.append(2 * pow(Double(n), 3) * Double(repeats) / seconds / 1e9)
        }
        precondition(sink.isFinite)
        return Self.median(rates)
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(width - text.count, 0)) + text
    }
}
