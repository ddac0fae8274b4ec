import Companion
import Foundation
import Neural

extension MeasuringPerformance {
    /// One timed run of notebook 8.3's sweep for `udl bench double-descent`: the wall time of the
    /// training (data generation excluded) and every width's final errors.
    public struct DoubleDescentTiming: Sendable {
        public var seconds: Double
        /// Width, final training error and final test error (fractions), in the sweep's order.
        public var errors: [(width: Int, train: Double, test: Double)]
    }

    /// Notebook 8.3's widths, for a benchmark's default.
    public static var doubleDescentWidths: [Int] { DoubleDescent.notebookWidths }

    /// Times notebook 8.3's sweep over `widths` with `labelNoise`, `epochs` epochs per width and
    /// `threads` widths at a time, with a progress line on standard error.
    public static func timeDoubleDescent(
        widths: [Int], epochs: Int, labelNoise: Double, threads: Int, seed: UInt32
    ) throws -> DoubleDescentTiming {
        let experiment = DoubleDescent(labelNoise: labelNoise, widths: widths, epochs: epochs, seed: seed)
        let data = experiment.data()
        let sweep = DoubleDescentSweep(experiment: experiment, threads: threads, save: nil, command: "")
        let clock = ContinuousClock()
        let start = clock.now
        let results = try sweep.run(
            progress: Companion.Progress("epochs", total: widths.count * epochs), prepared: data)
        let elapsed = clock.now - start
        return DoubleDescentTiming(
            seconds: elapsed.seconds,
            errors: results.map { ($0.width, $0.trainError, $0.testError) })
    }
}
