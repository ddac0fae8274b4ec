import Foundation
import Neural

/// Three ways to choose notebook 8.1's width and learning rate on the validation set (the
/// chapter's notes on hyperparameter search), each with about the same budget of epochs.
///
/// - Grid search: four widths × four learning rates, each trained for R = 27 epochs (432 epochs).
/// - Random search (Bergstra & Bengio, 2012): 16 configurations with the width log-uniform on
///   [16, 512] and the learning rate log-uniform on [0.003, 0.3], each trained for R epochs.
/// - Hyperband (Li et al., 2018) with R = 27 and η = 3: four brackets of successive halving that
///   start 27, 12, 6 and 4 random configurations at 1, 3, 9 and 27 epochs; after each rung the best
///   third trains on to three times the epochs. Survivors continue where they stopped (357 epochs).
enum HyperparameterSearch {
    enum Method: String, CaseIterable, Sendable {
        case grid, random, hyperband
    }

    /// One measurement: a configuration after `epochs` epochs.
    struct Trial: Equatable, Sendable {
        var method: Method
        var configuration: TuningConfiguration
        var epochs: Int
        var validationError: Double
        var testError: Double
    }

    static let gridWidths = [32, 64, 128, 256]
    static let gridRates = [0.01, 0.03, 0.1, 0.3]
    static let eta = 3

    /// Configurations drawn log-uniformly from the search space.
    static func sample(_ count: Int, random: inout NumPyRandomState) -> [TuningConfiguration] {
        (0..<count).map { _ in
            let width = Int(pow(2, random.uniform(low: 4, high: 9)).rounded())
            let rate = pow(10, random.uniform(low: -2.5, high: -0.5))
            return TuningConfiguration(width: width, learningRate: rate)
        }
    }

    /// Every trial of `method`, in the order they were measured.
    static func run(
        _ method: Method, on task: Tuning, threads: Int, onFinished: @escaping @Sendable () -> Void
    ) -> [Trial] {
        let full = Tuning.maximumEpochs
        func trials(_ runs: [Tuning.Run]) -> [Trial] {
            runs.map {
                Trial(
                    method: method, configuration: $0.configuration, epochs: $0.epochs,
                    validationError: $0.validationError, testError: $0.testError)
            }
        }
        switch method {
        case .grid:
            let configurations = gridWidths.flatMap { w in
                gridRates.map { TuningConfiguration(width: w, learningRate: $0) }
            }
            return trials(
                task.advance(configurations.map(Tuning.Run.init), to: full, threads: threads, onFinished: onFinished))
        case .random:
            var random = NumPyRandomState(seed: 1)
            let configurations = sample(16, random: &random)
            return trials(
                task.advance(configurations.map(Tuning.Run.init), to: full, threads: threads, onFinished: onFinished))
        case .hyperband:
            var random = NumPyRandomState(seed: 2)
            var measured: [Trial] = []
            for bracket in hyperbandBrackets(maximumEpochs: full, eta: eta) {
                var runs = sample(bracket[0].configurations, random: &random).map(Tuning.Run.init)
                for (index, rung) in bracket.enumerated() {
                    if index > 0 {
                        runs = Array(
                            runs.sorted { $0.validationError < $1.validationError }.prefix(rung.configurations))
                    }
                    runs = task.advance(runs, to: rung.epochs, threads: threads, onFinished: onFinished)
                    measured += trials(runs)
                }
            }
            return measured
        }
    }

    /// Hyperband's schedule (Li et al., 2018, Algorithm 1): for s = s_max … 0 with
    /// s_max = ⌊log_η R⌋, a bracket starts n = ⌈(s_max + 1)/(s + 1) · η^s⌉ configurations at
    /// r = R·η^(−s) epochs; rung i keeps ⌊n·η^(−i)⌋ of them and trains them to r·η^i epochs.
    static func hyperbandBrackets(maximumEpochs: Int, eta: Int) -> [[(configurations: Int, epochs: Int)]] {
        var top = 0
        while pow(Double(eta), Double(top + 1)) <= Double(maximumEpochs) { top += 1 }
        return stride(from: top, through: 0, by: -1).map { s in
            let start = Int((Double(top + 1) / Double(s + 1) * pow(Double(eta), Double(s))).rounded(.up))
            return (0...s).map { i in
                let shrink = Int(pow(Double(eta), Double(i)))
                return (start / shrink, maximumEpochs / Int(pow(Double(eta), Double(s))) * shrink)
            }
        }
    }

    /// The epochs spent: for each configuration, the most it was trained (a run that continues
    /// counts its epochs once).
    static func budget(_ trials: [Trial]) -> Int {
        var most: [TuningConfiguration: Int] = [:]
        for trial in trials { most[trial.configuration] = max(most[trial.configuration] ?? 0, trial.epochs) }
        return most.values.reduce(0, +)
    }

    /// The trainings a search of all three methods measures: 16 each for grid and random search,
    /// one per configuration and rung for Hyperband (69).
    static var measurements: Int {
        16 + 16
            + hyperbandBrackets(maximumEpochs: Tuning.maximumEpochs, eta: eta).joined().reduce(0) {
                $0 + $1.configurations
            }
    }

    /// The choice of a method: the lowest validation error among the runs trained for the full R
    /// epochs (earlier rungs are not comparable).
    static func choice(_ trials: [Trial]) -> Trial? {
        trials.filter { $0.epochs == Tuning.maximumEpochs }.min { $0.validationError < $1.validationError }
    }

    /// What choosing on the test set would have claimed: the lowest test error of the full runs.
    static func testSetChoice(_ trials: [Trial]) -> Trial? {
        trials.filter { $0.epochs == Tuning.maximumEpochs }.min { $0.testError < $1.testError }
    }
}
