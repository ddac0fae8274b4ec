import Companion
import Foundation
import Neural

/// Runs a ``DoubleDescent`` experiment: its widths spread over `threads` threads (widest first,
/// each training on one thread), a progress line with the epoch, the time elapsed and an estimate
/// of the time left, and, with a `save` path, the results file rewritten after every width.
/// Started again with the same path and settings, it trains only the widths the file lacks, so a
/// sweep stopped with Ctrl-C resumes where it stopped.
struct DoubleDescentSweep {
    var experiment: DoubleDescent
    var threads: Int
    /// Where the results go, or `nil` to keep them in memory only.
    var save: String?
    /// The command line recorded in the file.
    var command: String

    /// The results for every width of the experiment, in its order; `prepared` is the
    /// experiment's data when the caller has made it already.
    func run(
        progress: Companion.Progress, prepared: (training: Dataset<[Int]>, test: Dataset<[Int]>)? = nil
    ) throws -> [DoubleDescentResult] {
        var finished: [DoubleDescentResult] = []
        if let save, let file = try ResultsFile.read(save) {
            guard file.setup == DoubleDescentFile.setupLine(experiment), let results = DoubleDescentFile.results(file)
            else {
                throw CompanionError.usage(
                    "\(save) holds a sweep with other settings; choose another --save or delete it to start afresh")
            }
            finished = results
        }
        let remaining = experiment.widths.filter { width in !finished.contains { $0.width == width } }
            .sorted { DoubleDescent.cost(width: $0) > DoubleDescent.cost(width: $1) }
        if remaining.isEmpty { return ordered(finished) }

        let data = prepared ?? experiment.data()
        let state = SweepState(
            finished: finished, progress: progress, totalCost: remaining.map(DoubleDescent.cost).reduce(0, +),
            epochs: experiment.epochs)
        IndependentRuns.run(remaining.count, threads: threads) { index in
            let width = remaining[index]
            guard !state.failed else { return }
            do {
                let result = try experiment.train(width: width, training: data.training, test: data.test) { record in
                    state.measured(width: width, record: record, period: experiment.evaluationPeriod)
                }
                try state.finish(result) { results in
                    guard let save else { return }
                    try DoubleDescentFile.file(experiment, command: command, results: ordered(results)).write(to: save)
                }
            } catch {
                state.fail(error, width: width)
            }
        }
        if let error = state.error { throw error }
        return ordered(state.results)
    }

    private func ordered(_ results: [DoubleDescentResult]) -> [DoubleDescentResult] {
        experiment.widths.compactMap { width in results.first { $0.width == width } }
    }
}

/// What the sweep's threads share, behind one lock.
private final class SweepState: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var results: [DoubleDescentResult]
    private(set) var error: Error?
    private let progress: Companion.Progress
    private let totalCost: Double
    private let epochs: Int
    private var doneCost = 0.0
    private var doneEpochs = 0
    private let start = ContinuousClock.now

    init(finished: [DoubleDescentResult], progress: Companion.Progress, totalCost: Double, epochs: Int) {
        self.results = finished
        self.progress = progress
        self.totalCost = totalCost
        self.epochs = epochs
    }

    var failed: Bool { lock.withLock { error != nil } }

    /// A measurement `period` epochs after the last one of this width.
    func measured(width: Int, record: EpochRecord, period: Int) {
        lock.withLock {
            let epochsSince = record.epoch % period == 0 ? period : record.epoch % period
            doneEpochs += epochsSince
            doneCost += Double(epochsSince) * DoubleDescent.cost(width: width)
            let elapsed = (ContinuousClock.now - start).seconds
            let left = doneCost > 0 ? elapsed * (totalCost * Double(epochs) - doneCost) / doneCost : 0
            progress.update(
                doneEpochs,
                "width \(width), epoch \(record.epoch): train error "
                    + Narrator.format(100 * (record.trainError ?? .nan), digits: 1) + " %, test error "
                    + Narrator.format(100 * (record.testError ?? .nan), digits: 1) + " % · "
                    + Self.clock(elapsed) + " elapsed, about " + Self.clock(left) + " left")
        }
    }

    /// Records a finished width and hands every result so far to `save`.
    func finish(_ result: DoubleDescentResult, save: ([DoubleDescentResult]) throws -> Void) throws {
        try lock.withLock {
            results.append(result)
            try save(results)
        }
    }

    func fail(_ error: Error, width: Int) {
        lock.withLock {
            if self.error == nil {
                self.error = error is TrainingError ? CompanionError("width \(width): \(error)", exitCode: 1) : error
            }
        }
    }

    /// `m:ss` for a number of seconds.
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return "\(whole / 60):" + String(format: "%02d", whole % 60)
    }
}
