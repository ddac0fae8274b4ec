import Companion
import FileOutput
import Foundation
import Neural

extension MeasuringPerformance {
    static let doubleDescentDemo = Demo(
        id: "double-descent", title: "Double descent as the width grows (section 8.4, figure 8.10, notebook 8.3)",
        options: [
            .flag("run", help: "train the sweep (minutes in release) instead of showing the committed results"),
            .integers("noise", in: 0...100, help: "label noise in percent, one sweep each (default 0,15)"),
            .integers("widths", in: 1...2000, help: "hidden units per layer (default: the notebook's 28 widths)"),
            .integers("epochs", in: 1...100_000, help: "epochs, or steps with --recipe book (default 1000, 4000)"),
            .integers("threads", in: 1...256, help: "widths trained at once, one thread each (default 2)"),
            .integers("seed", in: 0...4_294_967_295, help: "seed of the initial weights and the shuffling (default 0)"),
            .text("recipe", help: "notebook (8.3's SGD on 4000 examples, default) or book (full-batch Adam on 10,000)"),
            .outputFolder("save", help: "with --run: a folder for the results files, resumed if they are there"),
        ],
        body: showDoubleDescent)

    /// Where `--run --save` writes the results of one label-noise setting.
    static func doubleDescentFileName(noisePercent: Int) -> String { "double-descent-noise-\(noisePercent).csv" }

    static func showDoubleDescent(_ n: Narrator, _ arguments: DemoArguments) throws {
        try arguments.requireRun(for: ["widths", "epochs", "threads", "seed", "recipe", "save"])
        let noises = arguments.integers("noise") ?? [0, 15]
        guard arguments.flag("run") else {
            try showCommittedDoubleDescent(n, noises: noises)
            return
        }
        let recipeName = arguments.text("recipe") ?? "notebook"
        guard let recipe = DoubleDescent.Recipe(rawValue: recipeName) else {
            throw CompanionError.usage("--recipe must be notebook or book, got \(recipeName)")
        }
        let save = arguments.text("save")
        if let save { try AtomicFile.prepareFolder(save) }
        for noise in noises {
            let experiment = DoubleDescent(
                recipe: recipe, labelNoise: Double(noise) / 100,
                widths: arguments.integers("widths") ?? DoubleDescent.notebookWidths,
                epochs: arguments.integers("epochs")?.first, seed: UInt32(arguments.integers("seed")?.first ?? 0))
            let sweep = DoubleDescentSweep(
                experiment: experiment, threads: arguments.integers("threads")?.first ?? 2,
                save: save.map { $0 + "/" + doubleDescentFileName(noisePercent: noise) },
                command: experiment.command(save: save))
            n.say(
                "Training \(experiment.widths.count) widths with \(noise) % label noise ("
                    + DoubleDescentFile.setupLine(experiment) + ").")
            let clock = ContinuousClock()
            let start = clock.now
            let results = try sweep.run(
                progress: n.progress("epochs", total: experiment.widths.count * experiment.epochs))
            let elapsed = clock.now - start
            showDoubleDescentResults(n, results, trainingExamples: experiment.recipe == .notebook ? 4000 : 10_000)
            n.say(
                "The sweep took "
                    + Narrator.format(
                        elapsed.seconds, digits: 1)
                    + " s"
                    + (sweep.save.map { "; the results are in \($0)." } ?? "."))
        }
    }

    static func showCommittedDoubleDescent(_ n: Narrator, noises: [Int]) throws {
        for noise in noises {
            guard [0, 15].contains(noise) else {
                throw CompanionError.usage(
                    "the committed results have 0 and 15 % label noise; for \(noise) % add --run")
            }
            let (file, results) = DoubleDescentFile.committed(noisePercent: noise)
            n.say(
                "Notebook 8.3's sweep with \(noise) % of the training labels randomized (" + file.setup + "), "
                    + "run on \(file.date):")
            showDoubleDescentResults(n, results, trainingExamples: 4000)
            n.say("Rerun it (a few minutes in release; Ctrl-C and the same command resume): " + file.command)
        }
    }

    static func showDoubleDescentResults(_ n: Narrator, _ results: [DoubleDescentResult], trainingExamples: Int) {
        n.table(
            ["width", "parameters", "train error", "test error"],
            results.map { r in
                [
                    "\(r.width)", "\(r.parameters)", Narrator.format(100 * r.trainError, digits: 1) + " %",
                    Narrator.format(100 * r.testError, digits: 1) + " %",
                ]
            })
        let shape = DoubleDescentShape(results, trainingExamples: trainingExamples)
        var observations: [String] = []
        if let width = shape.interpolationThreshold {
            observations.append(
                "width \(width) has the number of parameters closest to the \(trainingExamples) training examples "
                    + "(the dashed line of figure 8.10)")
        }
        if let width = shape.firstZeroTrainingError {
            observations.append("the training error first reaches zero at width \(width)")
        }
        if let minimum = shape.firstMinimum, let peak = shape.peak {
            observations.append(
                "the test error falls to a first minimum of " + Narrator.format(100 * minimum.testError, digits: 1)
                    + " % at width \(minimum.width), rises to a peak of "
                    + Narrator.format(100 * peak.testError, digits: 1) + " % at width \(peak.width)")
            if let last = results.last {
                observations.append(
                    "and descends a second time, to " + Narrator.format(100 * last.testError, digits: 1)
                        + " % at width \(last.width)")
            }
        } else if let first = results.first, let last = results.last {
            observations.append(
                "the test error shows no peak (no rise of "
                    + Narrator.format(100 * DoubleDescentShape.peakHeight, digits: 0)
                    + " points or more): it falls from " + Narrator.format(100 * first.testError, digits: 1)
                    + " % at width \(first.width) to " + Narrator.format(100 * last.testError, digits: 1)
                    + " % at width \(last.width), still falling after the training set is memorised")
        }
        if !observations.isEmpty { n.say(observations.joined(separator: "; ") + ".") }
    }
}
