import Companion
import FileOutput
import Foundation
import Neural

extension MeasuringPerformance {
    static let tuningDemo = Demo(
        id: "tuning",
        title: "Choosing hyperparameters on a validation set: grid, random search, Hyperband (notebook 8.1)",
        options: [
            .flag(
                "run",
                help: "run the three searches (about 15 s in release on 2 cores) instead of showing the committed ones"),
            .integers("threads", in: 1...256, help: "trainings at once, one thread each (default 2)"),
            .outputFolder("save", help: "with --run: a folder to write tuning.csv into"),
        ],
        body: showTuning)

    static func showTuning(_ n: Narrator, _ arguments: DemoArguments) throws {
        try arguments.requireRun(for: ["threads", "save"])
        n.say(
            "Notebook 8.1 asks whether tuning on the test set is a good idea. Here the width and the learning rate of "
                + "its network are chosen on 1000 validation examples held out of the 4000 training examples; the "
                + "1000 test examples are only measured. Each method gets about the same budget of epochs.")
        let trials: [HyperparameterSearch.Trial]
        if arguments.flag("run") {
            let save = arguments.text("save")
            if let save { try AtomicFile.prepareFolder(save) }
            let task = Tuning()
            let progress = SharedProgress(n.progress("trainings", total: HyperparameterSearch.measurements))
            let threads = arguments.integers("threads")?.first ?? 2
            trials = HyperparameterSearch.Method.allCases.flatMap { method in
                HyperparameterSearch.run(method, on: task, threads: threads) { progress.step(method.rawValue) }
            }
            if let save {
                let command =
                    "swift run -c release ch08 demo tuning --run --save \(save)"
                try TuningFile.file(trials, command: command).write(to: save + "/tuning.csv")
                n.say("Wrote every trial to \(save)/tuning.csv.")
            }
        } else {
            let file = ResultsFile.committed("tuning", in: .module)
            n.say("The committed searches (\(file.date); rerun with: \(file.command)):")
            trials = TuningFile.committed
        }
        showTuningResults(n, trials)
    }

    static func showTuningResults(_ n: Narrator, _ trials: [HyperparameterSearch.Trial]) {
        let percent = { (value: Double) in Narrator.format(100 * value, digits: 1) + " %" }
        n.table(
            ["method", "trainings", "epochs", "chosen width", "learning rate", "validation error", "test error"],
            HyperparameterSearch.Method.allCases.compactMap { method in
                let mine = trials.filter { $0.method == method }
                guard let choice = HyperparameterSearch.choice(mine) else { return nil }
                return [
                    method.rawValue, "\(Set(mine.map(\.configuration)).count)",
                    "\(HyperparameterSearch.budget(mine))", "\(choice.configuration.width)",
                    Narrator.format(choice.configuration.learningRate, digits: 4), percent(choice.validationError),
                    percent(choice.testError),
                ]
            })
        let grid = trials.filter { $0.method == .grid }
        if let honest = HyperparameterSearch.choice(grid), let flattering = HyperparameterSearch.testSetChoice(grid) {
            n.say(
                "Had the grid been judged on the test set, it would have picked width \(flattering.configuration.width) "
                    + "and learning rate " + Narrator.format(flattering.configuration.learningRate, digits: 4)
                    + " and claimed a test error of " + percent(flattering.testError) + "; the validation choice "
                    + "measures " + percent(honest.testError)
                    + " on the test set. The smallest of sixteen noisy test errors is biased low: once the test set "
                    + "has chosen the model, it no longer says how the model does on new data.")
        }
    }
}
