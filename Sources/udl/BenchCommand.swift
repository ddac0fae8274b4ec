import ArgumentParser
import Chapter08
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

    @Argument(help: "The recipe: mlp (notebook 8.1), cnn (notebook 10.2) or double-descent (notebook 8.3).")
    var recipe: BenchRecipe = .mlp

    @Option(parsing: .unconditional, help: "Timed training runs, 1 to \(Limits.runs); the median is reported.")
    var runs = 5

    @Option(
        parsing: .unconditional,
        help:
            "Epochs per training run, 1 to \(Limits.epochs) (default: 50 for mlp and 100 for cnn as the notebooks; 20 per width for double-descent)."
    )
    var epochs: Int?

    @Option(
        parsing: .upToNextOption, help: "double-descent: hidden units per layer (default: notebook 8.3's 28 widths).")
    var widths: [Int] = []

    @Option(parsing: .unconditional, help: "double-descent: share of training labels randomized, 0 to 1.")
    var noise = 0.15

    @Option(
        parsing: .unconditional,
        help:
            "OpenBLAS threads, 1 to \(Limits.threads) (default: OpenBLAS's own choice); training uses them only with --workers 1."
    )
    var threads: Int?

    @Option(
        parsing: .unconditional,
        help:
            "Threads that share each minibatch and evaluation, or for double-descent widths trained at once, 1 to \(Limits.threads) (default 2)."
    )
    var workers: Int?

    @Option(parsing: .upToNextOption, help: "Matrix sizes n for the n×n dgemm timings, 1 to \(Limits.size).")
    var sizes: [Int] = [64, 256, 1024]

    @Option(parsing: .unconditional, help: "Seed of the generator that initialises and shuffles (0 to 4294967295).")
    var seed: UInt32 = 1

    @Option(
        help:
            "mlp: the precision of the training's arithmetic, double (default) or single (sgemm; parameters stay double)."
    )
    var precision: MNIST1DRecipe.Precision = .double

    /// Upper bounds that keep a typo from asking for hours of work or more memory than a laptop has.
    enum Limits {
        static let runs = 100
        static let epochs = 10_000
        static let threads = 256
        /// Three 4096 × 4096 matrices of doubles take 400 MB.
        static let size = 4096
        /// A 40-w-w-10 network of width 4000 has 16 million parameters.
        static let width = 4000
    }

    func validate() throws {
        try Self.require(runs, "--runs", in: 1...Limits.runs)
        if let epochs { try Self.require(epochs, "--epochs", in: 1...Limits.epochs) }
        for size in sizes { try Self.require(size, "--sizes", in: 1...Limits.size) }
        if let threads { try Self.require(threads, "--threads", in: 1...Limits.threads) }
        if let workers { try Self.require(workers, "--workers", in: 1...Limits.threads) }
        for width in widths { try Self.require(width, "--widths", in: 1...Limits.width) }
        guard (0...1).contains(noise) else { throw ValidationError("--noise must be from 0 to 1, got \(noise)") }
        guard recipe.precisions.contains(precision) else {
            throw ValidationError("--precision \(precision.rawValue) is offered for the mlp recipe only")
        }
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
        if precision == .single { out.write("single precision: sgemm products, Float activations and gradients\n") }
        let workers = self.workers ?? Trainer<CrossEntropy, PyTorchMomentum>.defaultWorkers
        out.write(recipe.threadingNote(workers: workers) + "\n")
        if recipe == .doubleDescent {
            try runDoubleDescent(epochs: epochs, threads: workers, out: out)
            return
        }
        let data = MNIST1D()
        let progress = Progress("training", total: runs * epochs)
        var times: [Double] = []
        var history = TrainingHistory(epochs: [], steps: 0)
        for run in 0..<runs {
            var elapsed = Duration.zero
            history = try recipe.train(
                data: data, epochs: epochs, workers: workers, seed: seed, precision: precision, timed: &elapsed
            ) { record in
                progress.update(
                    run * epochs + record.epoch,
                    String(
                        format: "run %d, epoch %d: train error %.1f %%, test error %.1f %%", run + 1, record.epoch,
                        100 * (record.trainError ?? .nan), 100 * (record.testError ?? .nan)))
            }
            times.append(elapsed.seconds)
        }
        let median = Self.median(times)
        let last = history.final
        out.write(wallTimeLine(times))
        out.write(
            String(
                format: "  steps per second: %.0f (%d steps per run)\n",
                Double(history.steps) / median, history.steps))
        out.write(
            String(
                format: "  final train error %.1f %%, test error %.1f %%\n",
                100 * (last?.trainError ?? .nan), 100 * (last?.testError ?? .nan)))
    }

    /// Times notebook 8.3's sweep `runs` times and reports the median, the estimate for the
    /// notebook's 1000 epochs, and the final errors of the last run.
    private func runDoubleDescent(epochs: Int, threads: Int, out: TextSink) throws {
        let widths = self.widths.isEmpty ? MeasuringPerformance.doubleDescentWidths : self.widths
        out.write("widths \(widths.map(String.init).joined(separator: ",")), label noise \(noise)\n")
        var times: [Double] = []
        var last: MeasuringPerformance.DoubleDescentTiming?
        for _ in 0..<runs {
            let timing = try MeasuringPerformance.timeDoubleDescent(
                widths: widths, epochs: epochs, labelNoise: noise, threads: threads, seed: seed)
            times.append(timing.seconds)
            last = timing
        }
        let median = Self.median(times)
        out.write(wallTimeLine(times))
        out.write(
            String(
                format: "  the sweep at 1000 epochs per width: about %.0f s (%.1f min)\n",
                median * 1000 / Double(epochs), median * 1000 / Double(epochs) / 60))
        for entry in last?.errors ?? [] {
            out.write(
                String(
                    format: "  width %d: train error %.1f %%, test error %.1f %%\n", entry.width, 100 * entry.train,
                    100 * entry.test))
        }
    }

    /// "wall time: median … over … run(s) (min …, max …)" for the timings `times`.
    private func wallTimeLine(_ times: [Double]) -> String {
        String(
            format: "  wall time: median %.3f s over %d run(s) (min %.3f s, max %.3f s)\n",
            Self.median(times), times.count, times.min() ?? 0, times.max() ?? 0)
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
            let seconds = elapsed.seconds
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
