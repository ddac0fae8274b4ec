import Companion
import Foundation
import Neural

extension MeasuringPerformance {
    static let trainingDemo = Demo(
        id: "training", title: "Training a simple model on MNIST-1D (section 8.1, figure 8.2, notebook 8.1)",
        options: [
            .flag("run", help: "train (a few seconds in release) instead of showing the committed runs"),
            .text("recipe", help: "with --run: book (SGD 0.1, 6000 steps; default) or notebook (momentum, 50 epochs)"),
            .integers("steps", in: 40...40_000, help: "with --run: SGD steps, a multiple of 40"),
            .outputFile("save", help: "with --run: also write the per-epoch record to this file"),
        ],
        body: showTraining)

    static func showTraining(_ n: Narrator, _ arguments: DemoArguments) throws {
        try arguments.requireRun(for: ["recipe", "steps", "save"])
        n.say(
            "A network with two hidden layers of 100 ReLU units classifies MNIST-1D's 40-sample signals into ten "
                + "classes, on 4000 training examples with batches of 100, measured after every epoch (40 steps). "
                + "The book trains it with plain SGD at learning rate 0.1 for 6000 steps; notebook 8.1 with momentum "
                + "0.9 and a learning rate of 0.05 halved every 10 epochs, for 50 epochs.")
        guard arguments.flag("run") else {
            for recipe in TrainingCurves.Recipe.allCases {
                let (file, rows) = TrainingCurves.committed(recipe)
                n.say("The \(recipe.rawValue)'s recipe, committed on \(file.date) (rerun: \(file.command)):")
                showTrainingRecord(n, rows, recipe: recipe)
            }
            return
        }
        let name = arguments.text("recipe") ?? "book"
        guard let recipe = TrainingCurves.Recipe(rawValue: name) else {
            throw CompanionError.usage("--recipe must be book or notebook, got \(name)")
        }
        let steps = arguments.integers("steps")?.first ?? recipe.steps
        let progress = n.progress("epochs", total: max(1, steps / TrainingCurves.stepsPerEpoch))
        let records = try TrainingCurves.run(recipe, steps: steps) { record in
            progress.update(
                record.epoch, "test error " + Narrator.format(100 * (record.testError ?? 0), digits: 1) + " %")
        }
        if let path = arguments.text("save") {
            try TrainingCurves.save(records, recipe: recipe, to: path)
            n.say("Wrote the per-epoch record to \(path).")
        }
        let rows = records.map { r in
            TrainingCurves.Row(
                step: r.epoch * TrainingCurves.stepsPerEpoch, trainError: r.trainError!, testError: r.testError!,
                trainLoss: r.trainLoss, testLoss: r.testLoss!)
        }
        n.say("The \(recipe.rawValue)'s recipe, \(steps) steps:")
        showTrainingRecord(n, rows, recipe: recipe)
    }

    static func showTrainingRecord(_ n: Narrator, _ rows: [TrainingCurves.Row], recipe: TrainingCurves.Recipe) {
        let marks =
            recipe == .book ? [40, 400, 1000, 1520, 2000, 3000, 4000, 5000, 6000] : [40, 200, 400, 800, 1200, 2000]
        let shown = rows.filter { marks.contains($0.step) || $0 == rows.last }
        n.table(
            ["step", "epoch", "train error", "test error", "train loss", "test loss"],
            shown.map { r in
                [
                    "\(r.step)", "\(r.step / TrainingCurves.stepsPerEpoch)",
                    Narrator.format(100 * r.trainError, digits: 1) + " %",
                    Narrator.format(100 * r.testError, digits: 1) + " %", Narrator.format(r.trainLoss, digits: 3),
                    Narrator.format(r.testLoss, digits: 3),
                ]
            })
        guard let last = rows.last, let bestTest = rows.min(by: { $0.testLoss < $1.testLoss }) else { return }
        let perfect = rows.first { $0.trainError == 0 }.map { "from step \($0.step)" } ?? "at no step"
        if recipe == .book {
            n.say(
                "The training set is classified perfectly \(perfect) (the book: after about 4000 steps); the test "
                    + "error ends at " + Narrator.format(100 * last.testError, digits: 1)
                    + " % (the book: around 40 %, against 90 % for guessing). The test loss is lowest at step "
                    + "\(bestTest.step) and then rises (the book: after about 1500 steps) while the training loss keeps "
                    + "falling: the model grows confident about the test examples it gets wrong.")
        } else {
            n.say(
                "With momentum the same network ends at " + Narrator.format(100 * last.trainError, digits: 1)
                    + " % training and " + Narrator.format(100 * last.testError, digits: 1) + " % test error after "
                    + "\(last.step) steps, a third of the book's; halving the rate every 10 epochs lets it settle. The "
                    + "test loss is lowest at step \(bestTest.step) and rises after, as in the book's run: the model "
                    + "memorises what it cannot generalise.")
        }
    }
}
